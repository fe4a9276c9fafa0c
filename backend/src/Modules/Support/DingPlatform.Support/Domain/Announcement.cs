using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>A provider announcement to tenants, in zh-CN and en-US. Drafted and revised freely, then published
/// once; publishing checks the contract's notice rules (<see cref="AdvanceNotice"/>): planned maintenance
/// (§4.1) at least the notice period ahead, a suspension of service (§4.2) before it takes effect. A
/// published announcement is not edited (tenants may have acted on it); staff withdraw it and publish anew.
/// <list type="bullet">
/// <item>Maintenance: a window (<see cref="StartsAt"/> to <see cref="EndsAt"/>) and the services it affects.</item>
/// <item>Suspension: when it takes effect (<see cref="StartsAt"/>), optionally when service resumes
/// (<see cref="EndsAt"/>); the services affected, or none listed for the whole service.</item>
/// <item>General: no start; <see cref="EndsAt"/>, if given, is when it stops being shown.</item>
/// </list></summary>
public sealed class Announcement
{
    public const int TitleLength = 200;
    public const int BodyLength = 10_000;
    public const int ServiceNameLength = 100;
    public const int MaxAffectedServices = 50;

    private List<string> _affectedServices = [];
    private List<Guid> _tenantIds = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public AnnouncementKind Kind { get; private set; }
    public LocalizedText Title { get; private set; } = null!;
    public LocalizedText Body { get; private set; } = null!;
    /// <summary>True: every tenant; false: only <see cref="TenantIds"/>.</summary>
    public bool ForAllTenants { get; private set; }
    public IReadOnlyList<Guid> TenantIds => _tenantIds;
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }
    public IReadOnlyList<string> AffectedServices => _affectedServices;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public AnnouncementAudience Audience => ForAllTenants ? AnnouncementAudience.AllTenants : AnnouncementAudience.Tenants(_tenantIds);

    private Announcement() { }

    public static Announcement Draft(AnnouncementKind kind, LocalizedText title, LocalizedText body, AnnouncementAudience audience,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt, IEnumerable<string>? affectedServices, DateTimeOffset now)
    {
        var announcement = new Announcement { CreatedAt = now };
        announcement.Set(kind, title, body, audience, startsAt, endsAt, affectedServices);
        return announcement;
    }

    public void Revise(AnnouncementKind kind, LocalizedText title, LocalizedText body, AnnouncementAudience audience,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt, IEnumerable<string>? affectedServices)
    {
        if (PublishedAt is not null) throw InvalidTransition("revised");
        Set(kind, title, body, audience, startsAt, endsAt, affectedServices);
    }

    /// <param name="maintenanceNotice">The provider's notice period for maintenance; default
    /// <see cref="AdvanceNotice.DefaultMaintenanceNotice"/> (72 h).</param>
    public void Publish(DateTimeOffset now, TimeSpan? maintenanceNotice = null)
    {
        if (PublishedAt is not null) throw InvalidTransition("published again");
        switch (Kind)
        {
            case AnnouncementKind.Maintenance:
                AdvanceNotice.MaintenanceAnnouncedInAdvance(StartsAt!.Value, now,
                    maintenanceNotice ?? AdvanceNotice.DefaultMaintenanceNotice);
                break;
            case AnnouncementKind.Suspension:
                AdvanceNotice.SuspensionAnnouncedBeforeItStarts(StartsAt!.Value, now);
                break;
            default:
                if (EndsAt <= now) throw new InputException("endsAt", "This announcement has already ended.");
                break;
        }
        PublishedAt = now;
    }

    /// <summary>Takes a published announcement down (cancelled maintenance, a mistake). It stays on record.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        if (PublishedAt is null || WithdrawnAt is not null) throw InvalidTransition("withdrawn");
        WithdrawnAt = now;
    }

    /// <summary>Shown to tenants now: published, not withdrawn, and not yet over (a maintenance window or
    /// suspension not yet ended, a general notice not yet expired). An announced maintenance is active before
    /// its window starts, since the point is to warn.</summary>
    public bool IsActive(DateTimeOffset now) =>
        PublishedAt <= now && WithdrawnAt is null && (EndsAt is not { } end || now < end);

    public bool IsFor(Guid tenantId) => ForAllTenants || _tenantIds.Contains(tenantId);

    private void Set(AnnouncementKind kind, LocalizedText title, LocalizedText body, AnnouncementAudience audience,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt, IEnumerable<string>? affectedServices)
    {
        if (!Enum.IsDefined(kind)) throw new InputException("kind", $"One of {string.Join(", ", Enum.GetNames<AnnouncementKind>())}.");
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(audience);
        var services = CheckServices(affectedServices);
        switch (kind)
        {
            case AnnouncementKind.Maintenance:
                if (startsAt is null) throw new InputException("startsAt", "Maintenance has a window: when it starts.");
                if (endsAt is null) throw new InputException("endsAt", "Maintenance has a window: when it ends.");
                if (services.Count == 0) throw new InputException("affectedServices", "Name the services the maintenance affects.");
                break;
            case AnnouncementKind.Suspension:
                if (startsAt is null) throw new InputException("startsAt", "A suspension has a time it takes effect.");
                break;
            default:
                if (startsAt is not null) throw new InputException("startsAt",
                    "A general announcement has no start; it shows once published.");
                break;
        }
        if (startsAt is { } start && endsAt is { } end && end <= start)
            throw new InputException("endsAt", "The window ends after it starts.");

        Kind = kind;
        Title = title.Checked("title", TitleLength);
        Body = body.Checked("body", BodyLength);
        ForAllTenants = audience.IsAllTenants;
        _tenantIds = audience.TenantIds.ToList();
        StartsAt = startsAt?.ToUniversalTime();
        EndsAt = endsAt?.ToUniversalTime();
        _affectedServices = services;
    }

    private static List<string> CheckServices(IEnumerable<string>? services)
    {
        var list = (services ?? []).Select((s, i) => RequiredText.Check($"affectedServices[{i}]", s, ServiceNameLength))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count > MaxAffectedServices) throw new InputException("affectedServices", $"At most {MaxAffectedServices} services.");
        return list;
    }

    private string State => WithdrawnAt is not null ? "withdrawn" : PublishedAt is not null ? "published" : "a draft";

    private BusinessException InvalidTransition(string what) =>
        new BusinessException(SupportErrors.InvalidTransition,
                $"This announcement is {State} and cannot be {what}.")
            .WithDetail("announcementId", Id);
}
