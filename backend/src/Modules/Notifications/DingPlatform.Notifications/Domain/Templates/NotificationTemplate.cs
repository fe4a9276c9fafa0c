namespace DingPlatform.Notifications.Domain.Templates;

/// <summary>The mail kinds a member can opt out of, one per template (the tenant admin chooses per member).</summary>
public static class MailKinds
{
    public const string Subscription = "subscription";
    public const string Billing = "billing";
    public const string Support = "support";
    public const string Announcements = "announcements";

    public static readonly string[] All = [Subscription, Billing, Support, Announcements];
}

/// <summary>The languages every text exists in; zh-CN is the default.</summary>
public static class Languages
{
    public const string ZhCn = "zh-CN";
    public const string EnUs = "en-US";

    public static readonly string[] All = [ZhCn, EnUs];

    /// <summary>A supported language for a tag like "en", "en-GB" or "zh-Hans-CN"; null for anything else.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var t = tag.Trim();
        if (t.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return ZhCn;
        if (t.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return EnUs;
        return null;
    }
}

/// <summary>Who of a tenant (or of the provider) an event concerns.</summary>
public enum Audience
{
    /// <summary>The tenant's users with role TenantAdmin.</summary>
    TenantAdmins,
    /// <summary>Every user of the tenant (of every tenant when the event names none).</summary>
    AllMembers,
    /// <summary>The ticket's account manager (payload <c>accountManagerUserId</c>) and the provider's admins.</summary>
    AccountManagerAndProviderAdmins,
    /// <summary>The user who opened the ticket (payload <c>openedByUserId</c>).</summary>
    TicketOpener,
}

/// <summary>A subject and a body in one language. Placeholders: <c>{name}</c>, <c>{name:money}</c> (CNY, 2
/// decimals), <c>{name:date}</c> (a Shanghai date), filled from the event's payload (camelCase names).</summary>
public sealed record LocalizedText(string Subject, string Body);

/// <summary>One event's texts and routing. <see cref="BodyWithout"/> replaces the body when the payload's
/// <see cref="BodyWithoutParameter"/> is null or missing (a renewal reminder without an offer).</summary>
public sealed record NotificationTemplate(
    string EventName,
    string Kind,
    Audience Audience,
    IReadOnlyDictionary<string, LocalizedText> Texts,
    bool InApp = true,
    string? BodyWithoutParameter = null,
    IReadOnlyDictionary<string, string>? BodyWithout = null);
