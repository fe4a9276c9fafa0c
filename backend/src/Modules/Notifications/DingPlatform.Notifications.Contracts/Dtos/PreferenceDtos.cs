namespace DingPlatform.Notifications.Contracts.Dtos;

/// <summary>A member's notification settings: the language of their mail and in-app texts (zh-CN | en-US) and
/// the kinds of mail they get (subscription, billing, support, announcements).</summary>
public sealed record MemberPreferencesDto(
    Guid UserId,
    string Name,
    string Email,
    string Role,
    string Language,
    IReadOnlyList<string> MailKinds);

/// <summary>Either part may be left out to keep it as it is.</summary>
public sealed record UpdatePreferencesRequest(string? Language, IReadOnlyList<string>? MailKinds);
