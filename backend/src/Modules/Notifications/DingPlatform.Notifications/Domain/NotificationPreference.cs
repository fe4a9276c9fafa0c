using DingPlatform.Notifications.Domain.Templates;

namespace DingPlatform.Notifications.Domain;

/// <summary>One user's language and the kinds of mail they do not get. No row: zh-CN and every kind.</summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; init; }
    /// <summary>The user's tenant (null for provider staff); the tenant admin's list reads by it.</summary>
    public Guid? TenantId { get; init; }
    public string Language { get; set; } = Languages.ZhCn;
    /// <summary>Comma-separated <see cref="MailKinds"/> the user opted out of.</summary>
    public string MailOptOut { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> MailKindsReceived() => MailKinds.All.Where(Receives).ToList();

    public bool Receives(string kind)
        => !MailOptOut.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(kind, StringComparer.Ordinal);

    public void SetReceived(IEnumerable<string> kinds)
    {
        var received = kinds.ToHashSet(StringComparer.Ordinal);
        MailOptOut = string.Join(",", MailKinds.All.Where(k => !received.Contains(k)));
    }
}
