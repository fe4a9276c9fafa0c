using DingPlatform.Tenants.Domain;

namespace DingPlatform.UnitTests;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91110108596007659D")] // party A of the seed agreement
    [InlineData("91110108596007659d")] // lower case is normalised
    [InlineData(" 91110108596007659D ")]
    public void The_seed_agreements_code_is_valid(string code) => CreditCode.Check(code).ShouldBeNull();

    [Fact]
    public void A_wrong_check_character_says_which_one_is_expected() =>
        CreditCode.Check("91110108596007659A").ShouldBe("The check character should be 'D', not 'A'.");

    [Theory]
    [InlineData("91110108596007659I", "Character 18 ('I')")]
    [InlineData("9111010859600765OD", "Character 17 ('O')")]
    [InlineData("S1110108596007659D", "Character 1 ('S')")]
    [InlineData("V1110108596007659D", "Character 1 ('V')")]
    [InlineData("Z1110108596007659D", "Character 1 ('Z')")]
    public void Letters_outside_the_31_character_set_are_named(string code, string expected) =>
        CreditCode.Check(code)!.ShouldStartWith(expected);

    [Theory]
    [InlineData("", "The code is empty.")]
    [InlineData("9111010859600765", "The code has 16 characters; it needs 18.")]
    [InlineData("91110108596007659DX", "The code has 19 characters; it needs 18.")]
    public void Length_is_checked_first(string code, string expected) => CreditCode.Check(code).ShouldBe(expected);

    [Fact]
    public void A_check_sum_that_is_a_multiple_of_31_gives_zero_as_check_character()
    {
        // Search a prefix whose weighted sum is 0 mod 31: then 31 - 0 = 31 wraps to '0'.
        var prefix = Enumerable.Range(0, 1000).Select(i => $"9111{i:D13}").First(p => CreditCode.CheckCharacter(p) == '0');
        CreditCode.IsValid(prefix + "0").ShouldBeTrue();
    }
}
