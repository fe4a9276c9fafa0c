using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Application;
using DingPlatform.Subscriptions.Application.Quotes;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace DingPlatform.Subscriptions.Jobs;

/// <summary>§3.1.5: subscriptions at or past their end date end and the tenant is back on Standard.
/// A reconciler: it selects only due rows, so running it twice or late does nothing twice.</summary>
internal sealed class ExpireSubscriptions(PlatformDbContext db, IDataFilter filter, IAuditLog audit, IMemoryCache cache, TimeProvider clock)
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
            if (s.ExpireIfDue(today, now)) audit.Record(s.TenantId, "Subscription.Expired", $"ended {s.EndDate:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        foreach (var s in due) SubscriptionPlanResolver.Forget(cache, s.TenantId);
        return due.Count;
    }
}

/// <summary>Renewal reminders 30, 7 and 1 days before the end (§3.1.5), each carrying a renewal offer already
/// priced for a returning customer, which the tenant accepts in one step. A late run sends the reminder
/// for the nearest threshold only; the dedup key makes a second run send nothing.</summary>
internal sealed class SendRenewalReminders(PlatformDbContext db, IDataFilter filter, ICurrentTenant currentTenant, CreateQuote quotes, TimeProvider clock)
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
            if (await db.Set<Notification>().AnyAsync(n => n.DedupKey == dedup, ct)) continue;
            var pendingRenewal = await db.Set<Order>().AnyAsync(o => o.PlanCode != null && (o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Overdue), ct);
            Quote? offer = null;
            if (!pendingRenewal)
            {
                offer = await quotes.PriceAsync(s.TenantId, new CreateQuoteRequest(PlanCodes.Professional, null, null), ct,
                    validUntil: BusinessTime.StartOf(s.EndDate.AddDays(Order.PaymentTermDays)));
                db.Set<Quote>().Add(offer);
            }
            db.Set<Notification>().Add(new Notification
            {
                TenantId = s.TenantId, Kind = "RenewalReminder", DedupKey = dedup, CreatedAt = now, QuoteId = offer?.Id,
                Title = $"专业版将于 {daysLeft} 天后到期 · Professional ends in {daysLeft} day(s)",
                Body = offer is null
                    ? $"Your subscription ends on {s.EndDate:yyyy-MM-dd}. Pay your open renewal order to continue."
                    : $"Your subscription ends on {s.EndDate:yyyy-MM-dd}. Renew now for {offer.Total:0.00} CNY" + (offer.IsReturningCustomer ? " (returning customer 10% off)." : "."),
            });
            await db.SaveChangesAsync(ct);
            sent++;
        }
        return sent;
    }
}

/// <summary>§2.2: unpaid orders become overdue after their 30-day term and lapse a staff-set number of days
/// later; a lapsed order cannot be paid.</summary>
internal sealed class AgeOrders(PlatformDbContext db, IDataFilter filter, SubscriptionStore store, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var today = clock.Today();
        var lapseAfter = (await store.SettingsAsync(ct)).LapseAfterOverdueDays;
        var due = await db.Set<Order>()
            .Where(o => (o.Status == OrderStatus.PendingPayment || o.Status == OrderStatus.Overdue) && o.DueDate < today)
            .ToListAsync(ct);
        var changed = due.Count(o => o.Age(today, lapseAfter));
        await db.SaveChangesAsync(ct);
        return changed;
    }
}

/// <summary>Thin Hangfire entry points: each runs one reconciler in a scope of its own.</summary>
public sealed class SubscriptionJobs(IServiceProvider services)
{
    public Task ExpireAsync(CancellationToken ct) => Run<ExpireSubscriptions>(j => j.RunAsync(ct));
    public Task RemindAsync(CancellationToken ct) => Run<SendRenewalReminders>(j => j.RunAsync(ct));
    public Task AgeOrdersAsync(CancellationToken ct) => Run<AgeOrders>(j => j.RunAsync(ct));

    private async Task Run<T>(Func<T, Task<int>> run) where T : notnull
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(services);
        await run(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<T>(scope.ServiceProvider));
    }
}
