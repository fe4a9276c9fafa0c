namespace DingPlatform.Support.Domain;

/// <summary>A text in both languages the product speaks (zh-CN and en-US); both are required where used.</summary>
public sealed record LocalizedText(string ZhCn, string EnUs)
{
    /// <summary>The text for a reader's language: English for "en" and its regions, Chinese otherwise, since
    /// the contract and most readers are Chinese.</summary>
    public string In(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnUs : ZhCn;

    internal LocalizedText Checked(string field, int maxLength) =>
        new(RequiredText.Check($"{field}.zhCN", ZhCn, maxLength), RequiredText.Check($"{field}.enUS", EnUs, maxLength));
}
