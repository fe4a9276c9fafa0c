using DingPlatform.Platform.Errors;

namespace DingPlatform.Support.Domain;

/// <summary>The one text rule the module's inputs share: present, trimmed, and within a length, or a 400
/// that names the field (SPEC §5).</summary>
internal static class RequiredText
{
    public static string Check(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new InputException(field, "This is required.");
        if (trimmed.Length > maxLength)
            throw new InputException(field, $"At most {maxLength:N0} characters ({trimmed.Length:N0} given).");
        return trimmed;
    }
}
