using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Features.ListOrders;

/// <summary>Orders newest first: the portal's own (by the query filter) and the console's for all tenants (explicitly).</summary>
internal sealed class ListOrders(PlatformDbContext db, SubscriptionStore store, IDataFilter filter, IOptions<ProviderProfile> provider)
{
    public async Task<IReadOnlyList<OrderDto>> ListAsync(OrderStatus? status, CancellationToken ct)
    {
        var q = db.Set<Order>().AsNoTracking();
        if (status is { } s) q = q.Where(o => o.Status == s);
        var orders = await q.OrderByDescending(o => o.Number).Take(500).ToListAsync(ct);
        var payments = await store.PaymentsForAsync(orders.Select(o => o.Id).ToList(), ct);
        return orders.Select(o => o.ToDto(provider.Value, payments)).ToList();
    }

    public async Task<IReadOnlyList<OrderDto>> ListAllAsync(OrderStatus? status, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await ListAsync(status, ct);
    }
}
