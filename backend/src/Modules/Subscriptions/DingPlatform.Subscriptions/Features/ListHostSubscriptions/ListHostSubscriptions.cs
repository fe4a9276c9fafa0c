using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.ListHostSubscriptions;

/// <summary>The console's subscription list across tenants, soonest end first, with tenant names read in one query.</summary>
internal sealed class ListHostSubscriptions(PlatformDbContext db, IDataFilter filter, ITenantsFacade tenants, TimeProvider clock)
{
    public async Task<IReadOnlyList<SubscriptionDto>> ListAsync(SubscriptionStatus? status, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var q = db.Set<Subscription>().AsNoTracking().Include(s => s.History).AsQueryable();
        if (status is { } st) q = q.Where(s => s.Status == st);
        var list = await q.OrderBy(s => s.EndDate).Take(500).ToListAsync(ct);
        var today = clock.Today();
        var names = await tenants.NamesAsync(list.Select(s => s.TenantId).Distinct().ToList(), ct);
        return list.Select(s => s.ToDto(names.GetValueOrDefault(s.TenantId, ""), today)).ToList();
    }
}
