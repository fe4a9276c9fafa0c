using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Support.Contracts.Dtos;

/// <summary>Publishes now. Maintenance: <see cref="WindowStart"/>–<see cref="WindowEnd"/> and
/// <see cref="AffectedServices"/>, at least the notice period ahead (§4.1). Suspension:
/// <see cref="EffectiveAt"/> (and optionally <see cref="WindowEnd"/>, when service resumes), before it takes
/// effect (§4.2). General: optionally <see cref="WindowEnd"/>, when it stops showing. No
/// <see cref="TenantIds"/> means every tenant.</summary>
public sealed record PublishAnnouncementRequest(
    [property: Required] AnnouncementKind? Kind,
    [property: Required(AllowEmptyStrings = false), MaxLength(200)] string? TitleZh,
    [property: Required(AllowEmptyStrings = false), MaxLength(200)] string? TitleEn,
    [property: Required(AllowEmptyStrings = false), MaxLength(10_000)] string? BodyZh,
    [property: Required(AllowEmptyStrings = false), MaxLength(10_000)] string? BodyEn,
    [property: MaxLength(10_000)] IReadOnlyList<Guid>? TenantIds,
    DateTimeOffset? WindowStart,
    DateTimeOffset? WindowEnd,
    [property: MaxLength(50)] IReadOnlyList<string>? AffectedServices,
    DateTimeOffset? EffectiveAt);

/// <summary>An announcement as staff see it. <see cref="StartsAt"/> is the maintenance window's start or
/// the suspension's effective time; <see cref="EndsAt"/> the window's end, the resumption, or the expiry.</summary>
public sealed record AnnouncementDto(
    Guid Id, AnnouncementKind Kind, string TitleZh, string TitleEn, string BodyZh, string BodyEn,
    bool ForAllTenants, IReadOnlyList<Guid> TenantIds, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    IReadOnlyList<string> AffectedServices, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt,
        bool Active);

/// <summary>An active announcement as a tenant sees it, in both languages (the SPA picks); never the other
/// tenants it went to.</summary>
public sealed record TenantAnnouncementDto(
    Guid Id, AnnouncementKind Kind, string TitleZh, string TitleEn, string BodyZh, string BodyEn,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, IReadOnlyList<string> AffectedServices, DateTimeOffset PublishedAt);
