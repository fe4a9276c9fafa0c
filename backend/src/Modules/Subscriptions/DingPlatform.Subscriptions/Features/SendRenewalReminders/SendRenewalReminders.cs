using DingPlatform.Notifications.Contracts;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Contracts.Events;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.SendRenewalReminders;

/// <summary>Renewal reminders 30, 7 and 1 days before the end (§3.1.5), each carrying a renewal offer already
/// priced for a returning customer, which the tenant accepts in one step. A late run sends the reminder
/// for the nearest threshold only; the dedup key makes a second run send nothing. The reminder itself is an
/// event: Notifications writes the in-app notification in this job's transaction.</summary>
internal sealed class SendRenewalReminders(PlatformDbContext db, IDataFilter filter, ICurrentTenant currentTenant, QuotePricer pricer,
    INotificationInbox inbox, IEventPublisher events, TimeProvider clock)
{
    public static readonly int[] Thresholds = [30, 7, 1];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = BusinessTime.DateOf(now);
        List<Subscription> due;
        using (filter.DisableMultiTenant())
            due = await db.Set<Subscription>().AsNoTracking()
                .Where(s => s.Status == SubscriptionStatus.Active && s.EndDate > today && s.EndDate <= today.AddDays(Thresholds.Max()))
                .ToListAsync(ct);
        var sent = 0;
        foreach (var s in due)
        {
            var daysLeft = s.EndDate.DayNumber - today.DayNumber;
            var threshold = Thresholds.Where(t => daysLeft <= t).Min();
            var dedup = $"renewal:{s.Id}:{s.EndDate:yyyyMMdd}:{threshold}";
            using var _ = currentTenant.Change(s.TenantId);
            if (await inbox.ExistsAsync(dedup, ct)) continue;
            var pendingRenewal = await db.Set<Order>()
                .AnyAsync(o => o.PlanCode != null && (o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Overdue), ct);
            Quote? offer = null;
            if (!pendingRenewal)
            {
                offer = await pricer.PriceAsync(s.TenantId, new CreateQuoteRequest(PlanCodes.Professional, null, null), ct,
                    validUntil: BusinessTime.StartOf(s.EndDate.AddDays(Order.PaymentTermDays)));
                db.Set<Quote>().Add(offer);
            }
            await events.PublishAsync(new SubscriptionRenewalReminder(s.Id, s.TenantId, s.EndDate, daysLeft, dedup,
                offer?.Id, offer?.Total, offer?.IsReturningCustomer ?? false), ct);
            await db.SaveChangesAsync(ct);
            sent++;
        }
        return sent;
    }
}
