using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DingPlatform.Subscriptions.Services;

/// <summary>A tenant with a running Professional subscription holds the plan version of the current term plus
/// its add-ons; a suspended, expired or absent one means Standard. Answers come from memory for a short
/// while (the metered API asks on every request) and are dropped when a subscription changes here.</summary>
internal sealed class SubscriptionPlanResolver(PlatformDbContext db, IDataFilter filter, TimeProvider clock, IMemoryCache cache)
    : ITenantPlanResolver
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<TenantPlan> ResolveAsync(Guid tenantId, CancellationToken ct)
    {
        var today = clock.Today();
        if (cache.TryGetValue(Key(tenantId), out CachedPlan? hit) && hit!.Day == today) return hit.Plan;
        Subscription? running;
        using (filter.DisableMultiTenant())
            running = await db.Set<Subscription>().AsNoTracking()
                .Where(s => s.TenantId == tenantId && s.Status == SubscriptionStatus.Active)
                .SingleOrDefaultAsync(ct);
        var plan = running is not null && running.IsRunningOn(today) && running.TermOn(today) is { } term
            ? new TenantPlan(running.PlanCode, term.PlanVersion,
                running.AddOns.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Sum(a => a.Amount)))
            : new TenantPlan(PlanCodes.Standard, null);
        cache.Set(Key(tenantId), new CachedPlan(today, plan), Lifetime);
        return plan;
    }

    public static void Forget(IMemoryCache cache, Guid tenantId) => cache.Remove(Key(tenantId));

    private static string Key(Guid tenantId) => $"tenant-plan:{tenantId}";

    private sealed record CachedPlan(DateOnly Day, TenantPlan Plan);
}
