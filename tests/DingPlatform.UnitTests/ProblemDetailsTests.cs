using DingPlatform.Platform.Errors;

namespace DingPlatform.UnitTests;

public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData("$.invoiceProfile.phone", "invoiceProfile.phone")]
    [InlineData("$.entitlements[0].kind", "entitlements[0].kind")]
    [InlineData("$['odd name']", "odd name")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void A_json_path_becomes_the_field_name(string? path, string field) =>
        ProblemDetailsExceptionHandler.JsonPathToField(path).ShouldBe(field);
}
