using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Services;

/// <summary>Billing's reads of an order (documents, statement matching, checkout), within the current tenant's query filter.</summary>
internal sealed class OrderReader(PlatformDbContext db, SubscriptionStore store, IOptions<ProviderProfile> provider) : IOrderReader
{
    public async Task<OrderDto?> FindAsync(Guid orderId, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct) is { } order
            ? order.ToDto(provider.Value, await store.PaymentsForAsync([orderId], ct))
            : null;

    public async Task<OrderDto?> FindByNumberAsync(string number, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Number == number, ct) is { } order
            ? order.ToDto(provider.Value, await store.PaymentsForAsync([order.Id], ct))
            : null;
}
