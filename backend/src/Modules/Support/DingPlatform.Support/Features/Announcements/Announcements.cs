using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Contracts.Events;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.Announcements;

/// <summary>Provider announcements in zh-CN and en-US, published at once and checked against the contract:
/// planned maintenance at least the provider's notice period before its window (§4.1), a suspension before
/// it takes effect (§4.2). Tenants see the active ones meant for them; mail and webhooks get the event.</summary>
internal sealed class Announcements(
    PlatformDbContext db, ICurrentTenant currentTenant, ServiceHoursSource settings, ITenantsFacade tenants, IEventPublisher events,
        TimeProvider clock)
{
    public async Task<IReadOnlyList<AnnouncementDto>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var all = await db.Set<Announcement>().AsNoTracking().OrderByDescending(a => a.CreatedAt).Take(500).ToListAsync(ct);
        return all.Select(a => ToDto(a, now)).ToList();
    }

    public async Task<IReadOnlyList<TenantAnnouncementDto>> ActiveForTenantAsync(CancellationToken ct)
    {
        var tenantId = currentTenant.RequireId();
        var now = clock.GetUtcNow();
        // Published and not withdrawn in SQL; the audience list and the end time are read here (a JSON column).
        var published = await db.Set<Announcement>().AsNoTracking().Where(a => a.PublishedAt != null && a.WithdrawnAt == null)
            .ToListAsync(ct);
        return published.Where(a => a.IsActive(now) && a.IsFor(tenantId))
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new TenantAnnouncementDto(a.Id, a.Kind, a.Title.ZhCn, a.Title.EnUs, a.Body.ZhCn, a.Body.EnUs, a.StartsAt, a.EndsAt,
                a.AffectedServices, a.PublishedAt!.Value))
            .ToList();
    }

    public async Task<AnnouncementDto> PublishAsync(PublishAnnouncementRequest r, CancellationToken ct)
    {
        var kind = r.Kind!.Value;
        var audience = await AudienceAsync(r.TenantIds, ct);
        var startsAt = kind == AnnouncementKind.Suspension ? r.EffectiveAt ?? r.WindowStart : r.WindowStart;
        var now = clock.GetUtcNow();
        var notice = (await settings.SettingsAsync(ct)).NoticePeriod;
        Announcement announcement;
        try
        {
            announcement =
                Announcement.Draft(kind, new LocalizedText(r.TitleZh!, r.TitleEn!), new LocalizedText(r.BodyZh!, r.BodyEn!), audience,
                startsAt, r.WindowEnd, r.AffectedServices, now);
            announcement.Publish(now, notice);
        }
        catch (InputException e) { throw new InputException(RequestField(e.Field, kind), e.Message); }
        catch (BusinessException e) when (e.Details.TryGetValue("field", out var f) && f is string field)
        {
            e.Details["field"] = RequestField(field, kind);
            throw;
        }

        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        db.Add(announcement);
        await events.PublishAsync(
            new AnnouncementPublished(announcement.Id, announcement.Kind, announcement.Title.ZhCn, announcement.Title.EnUs,
            announcement.Body.ZhCn, announcement.Body.EnUs, announcement.ForAllTenants, announcement.TenantIds, announcement.StartsAt,
            announcement.EndsAt, announcement.AffectedServices, now), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ToDto(announcement, now);
    }

    public async Task WithdrawAsync(Guid id, CancellationToken ct)
    {
        var announcement = await db.Set<Announcement>().SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new EntityNotFoundException("Announcement", id);
        announcement.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<AnnouncementAudience> AudienceAsync(IReadOnlyList<Guid>? tenantIds, CancellationToken ct)
    {
        if (tenantIds is null) return AnnouncementAudience.AllTenants;
        var ids = tenantIds.Distinct().ToList();
        if (ids.Count == 0) throw new InputException("tenantIds",
            "Name at least one tenant, or leave tenantIds out to address all tenants.");
        var known = await tenants.NamesAsync(ids, ct);
        if (ids.FirstOrDefault(id => !known.ContainsKey(id)) is var unknown && unknown != Guid.Empty)
            throw new InputException("tenantIds", $"Tenant {unknown} does not exist.");
        return AnnouncementAudience.Tenants(ids);
    }

    /// <summary>The domain names its fields after its own model; the form knows the request's names.</summary>
    private static string RequestField(string field, AnnouncementKind kind) => field switch {
        "startsAt" => kind == AnnouncementKind.Suspension ? "effectiveAt" : "windowStart",
        "endsAt" => "windowEnd",
        "title.zhCN" => "titleZh",
        "title.enUS" => "titleEn",
        "body.zhCN" => "bodyZh",
        "body.enUS" => "bodyEn",
        "audience.tenantIds" => "tenantIds",
        _ => field,
    };

    private static AnnouncementDto ToDto(Announcement a, DateTimeOffset now) => new(
        a.Id, a.Kind, a.Title.ZhCn, a.Title.EnUs, a.Body.ZhCn, a.Body.EnUs, a.ForAllTenants, a.TenantIds, a.StartsAt, a.EndsAt,
        a.AffectedServices, a.CreatedAt, a.PublishedAt, a.WithdrawnAt, a.IsActive(now));
}
