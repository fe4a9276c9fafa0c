using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Contracts.Events;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.AgeOrders;

/// <summary>§2.2: unpaid orders become overdue after their 30-day term and lapse a staff-set number of days
/// later; a lapsed order cannot be paid. A run that finds an order late enough takes both steps at once
/// and tells both.</summary>
internal sealed class AgeOrders(PlatformDbContext db, IDataFilter filter, SubscriptionStore store, IEventPublisher events,
    TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var today = clock.Today();
        var lapseAfter = (await store.SettingsAsync(ct)).LapseAfterOverdueDays;
        var due = await db.Set<Order>()
            .Where(o => (o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Overdue) && o.DueDate < today)
            .ToListAsync(ct);
        var changed = 0;
        foreach (var order in due)
        {
            var before = order.Status;
            if (!order.Age(today, lapseAfter)) continue;
            changed++;
            if (before == OrderStatus.PendingPayment)
                await events.PublishAsync(new OrderOverdue(order.Id, order.Number, order.TenantId, order.Total, order.DueDate), ct);
            if (order.Status == OrderStatus.Lapsed)
                await events.PublishAsync(new OrderLapsed(order.Id, order.Number, order.TenantId, order.Total, order.DueDate), ct);
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }
}
