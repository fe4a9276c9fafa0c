using DingPlatform.Platform.Events;
using DingPlatform.Platform;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Features.RefundOrder;

/// <summary>§3.3: no refunds after activation, except when the provider is at fault — then a provider admin
/// records the reason, the order is refunded and the subscription it paid for ends.</summary>
internal sealed class RefundOrder(PlatformDbContext db, SubscriptionStore store, IDataFilter filter, ICurrentTenant currentTenant,
    IAuditLog audit, IOptions<ProviderProfile> provider, IMemoryCache cache, TimeProvider clock, IEventPublisher events)
{
    public async Task<OrderDto> ExecuteAsync(Guid orderId, RefundRequest request, CancellationToken ct)
    {
        if (!request.ProviderFault)
            throw new BusinessException(SubscriptionsErrors.NoRefunds,
                "Orders are not refundable after activation unless the provider is at fault (§3.3).");
        Order order;
        using (filter.DisableMultiTenant())
            order = await store.OrderAsync(orderId, ct);
        using var _ = currentTenant.Change(order.TenantId);
        var now = clock.GetUtcNow();
        order.Refund(request.Reason);
        var subscriptions = await db.Set<Subscription>().Include(s => s.History).Where(s => s.TenantId == order.TenantId).ToListAsync(ct);
        foreach (var s in subscriptions.Where(s => s.Terms.Any(t => t.OrderId == order.Id) || s.AddOns.Any(a => a.OrderId == order.Id)))
            if (s.Status is SubscriptionStatus.Active or SubscriptionStatus.Suspended) s.EndByRefund(
                $"Order {order.Number} refunded: {request.Reason}", now);
        audit.Record(order.TenantId, "Order.Refunded", $"{order.Number}: {request.Reason}");
        var payment = (await store.PaymentsForAsync([order.Id], ct)).Single();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var refunded = new OrderRefunded(order.Id, order.Number, order.TenantId, order.Total, payment.Method, payment.Reference,
            request.Reason.Trim());
        // Money goes back first (Stripe for card payments); if that fails, nothing here is saved.
        await events.PublishAsync(refunded, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        SubscriptionPlanResolver.Forget(cache, order.TenantId);
        return order.ToDto(provider.Value, await store.PaymentsForAsync([order.Id], ct));
    }
}
