using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Application.ManageSubscriptions;

internal sealed class HostSubscriptions(PlatformDbContext db, IDataFilter filter, ITenantsFacade tenants, TimeProvider clock)
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
