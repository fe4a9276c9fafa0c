namespace DingPlatform.Tenants.Domain;

/// <summary>The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
/// 31-character set (digits and capitals without I, O, S, V, Z); the last is a check character computed
/// from the first 17 with weights 3^(i) mod 31.</summary>
public static class CreditCode
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when valid, otherwise why not (in words a person can act on).</summary>
    public static string? Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return "The code is empty.";
        code = Normalize(code);
        if (code.Length != 18) return $"The code has {code.Length} characters; it needs 18.";
        for (var i = 0; i < 18; i++)
            if (Charset.IndexOf(code[i]) < 0)
                return $"Character {i + 1} ('{code[i]}') is not allowed (I, O, S, V and Z are never used).";
        var expected = CheckCharacter(code.AsSpan(0, 17));
        return code[17] == expected ? null : $"The check character should be '{expected}', not '{code[17]}'.";
    }

    public static bool IsValid(string? code) => Check(code) is null;

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Charset.IndexOf(first17[i]) * Weights[i];
        return Charset[(31 - sum % 31) % 31];
    }
}
