using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Contracts.Events;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DingPlatform.Subscriptions.Features.ExpireSubscriptions;

/// <summary>§3.1.5: subscriptions at or past their end date end and the tenant is back on Standard.
/// A reconciler: it selects only due rows, so running it twice or late does nothing twice.</summary>
internal sealed class ExpireSubscriptions(PlatformDbContext db, IDataFilter filter, IAuditLog audit, IMemoryCache cache,
    IEventPublisher events, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var now = clock.GetUtcNow();
        var today = BusinessTime.DateOf(now);
        var due = await db.Set<Subscription>().Include(s => s.History)
            .Where(s => (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Suspended) && s.EndDate <= today)
            .ToListAsync(ct);
        foreach (var s in due)
            if (s.ExpireIfDue(today, now))
            {
                audit.Record(s.TenantId, "Subscription.Expired", $"ended {s.EndDate:yyyy-MM-dd}");
                await events.PublishAsync(new SubscriptionExpired(s.Id, s.TenantId, s.PlanCode, s.EndDate), ct);
            }
        await db.SaveChangesAsync(ct);
        foreach (var s in due) SubscriptionPlanResolver.Forget(cache, s.TenantId);
        return due.Count;
    }
}
