using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Usage.Domain;

/// <summary>Quota periods (SPEC §3): per calendar month in Shanghai, or per subscription year — the paid
/// term the date falls in; without a running subscription, the calendar year.</summary>
public static class QuotaPeriods
{
    public static QuotaPeriodWindow For(QuotaPeriod period, DateOnly today, SubscriptionTermDto? runningTerm)
    {
        if (period == QuotaPeriod.Month)
        {
            var start = new DateOnly(today.Year, today.Month, 1);
            return new QuotaPeriodWindow(start, start.AddMonths(1));
        }
        if (runningTerm is { } term) return new QuotaPeriodWindow(term.Start, term.End);
        return new QuotaPeriodWindow(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year + 1, 1, 1));
    }
}
