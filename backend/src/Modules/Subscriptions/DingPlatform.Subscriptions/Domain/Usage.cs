using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>How much of one quota a tenant has used in one period.</summary>
public sealed class UsageCounter : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Key { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public long Used { get; set; }
}

/// <summary>One recorded consumption; the idempotency key makes a retried call count once.</summary>
public sealed class UsageRecord : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Key { get; init; } = "";
    public long Amount { get; init; }
    public string IdempotencyKey { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public DateTimeOffset At { get; init; }
}

public sealed record QuotaPeriodWindow(DateOnly Start, DateOnly End);

/// <summary>Quota periods (SPEC §3): per calendar month in Shanghai, or per subscription year — the paid
/// term the date falls in; without a subscription, the calendar year.</summary>
public static class QuotaPeriods
{
    public static QuotaPeriodWindow For(QuotaPeriod period, DateOnly today, Subscription? running)
    {
        if (period == QuotaPeriod.Month)
        {
            var start = new DateOnly(today.Year, today.Month, 1);
            return new QuotaPeriodWindow(start, start.AddMonths(1));
        }
        if (running?.TermOn(today) is { } term) return new QuotaPeriodWindow(term.Start, term.End);
        return new QuotaPeriodWindow(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 1, 1));
    }
}

/// <summary>Something the tenant should know (renewal reminders with their offer).</summary>
public sealed class Notification : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Kind { get; init; } = "";
    /// <summary>Unique per tenant: a reconciler that runs twice creates the notification once.</summary>
    public string DedupKey { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? QuoteId { get; init; }
}

/// <summary>Provider settings for the subscription lifecycle (one row).</summary>
public sealed class SubscriptionSettings
{
    public int Id { get; init; } = 1;
    public int LapseAfterOverdueDays { get; set; } = 30;
}
