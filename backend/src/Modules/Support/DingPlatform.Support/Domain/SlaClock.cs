using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>Time measured in service hours only: the clock stops when the desk is closed (evenings, closed
/// dates) and runs again when it opens. All instants are UTC; days are Asia/Shanghai dates.</summary>
public static class SlaClock
{
    /// <summary>§1.3 "最晚一天内给予及问题响应" (a response within one day at the latest), where a day of
    /// service is A1's 10 hours (08:00–18:00): the first response is due 10 service hours after opening.</summary>
    public static readonly TimeSpan FirstResponseBudget = TimeSpan.FromHours(10);

    /// <summary>The queue flags a ticket with less than one service hour left.</summary>
    public static readonly TimeSpan AtRiskThreshold = TimeSpan.FromHours(1);

    /// <summary>A budget is hours or days of service; refusing absurd ones keeps the day-by-day walk short.</summary>
    public static readonly TimeSpan MaxBudget = TimeSpan.FromDays(30);

    /// <summary>The instant <paramref name="budget"/> (default <see cref="FirstResponseBudget"/>) of service
    /// time has passed since <paramref name="openedAt"/>. Opened outside hours, the clock starts when the desk
    /// next opens; a budget used up exactly at closing is due at closing, not at the next opening.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset openedAt, ServiceCalendar serviceHours, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        var remaining = budget ?? FirstResponseBudget;
        if (remaining <= TimeSpan.Zero || remaining > MaxBudget)
            throw new BusinessException(SupportErrors.InvalidServiceHours,
                $"An SLA budget is more than zero and at most {MaxBudget.TotalDays:0} days of service time.", 400)
                .WithDetail("field", "budget");
        // Ends: every date that is not edited is open, and there are finitely many edited dates.
        for (var date = BusinessTime.DateOf(openedAt); ; date = date.AddDays(1))
        {
            if (serviceHours.WindowOn(date) is not { } window) continue;
            var from = openedAt > window.Start ? openedAt : window.Start;
            if (from >= window.End) continue;
            var available = window.End - from;
            if (remaining <= available) return (from + remaining).ToUniversalTime();
            remaining -= available;
        }
    }

    /// <summary>Service time from <paramref name="from"/> to <paramref name="to"/>: "time left" when
    /// <paramref name="to"/> is a deadline, "time taken" when it is a response. Negative when
    /// <paramref name="to"/> is earlier (a deadline already passed, by that much service time).</summary>
    public static TimeSpan ServiceTimeBetween(DateTimeOffset from, DateTimeOffset to, ServiceCalendar serviceHours)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        if (to < from) return -ServiceTimeBetween(to, from, serviceHours);
        var total = TimeSpan.Zero;
        for (var date = BusinessTime.DateOf(from); date <= BusinessTime.DateOf(to); date = date.AddDays(1))
        {
            if (serviceHours.WindowOn(date) is not { } window) continue;
            var start = from > window.Start ? from : window.Start;
            var end = to < window.End ? to : window.End;
            if (end > start) total += end - start;
        }
        return total;
    }

    /// <summary>Where a first response stands at <paramref name="now"/>. A response exactly at the deadline is
    /// in time; the deadline is breached only once it has passed.</summary>
    public static SlaState StateAt(DateTimeOffset now, DateTimeOffset? dueAt, DateTimeOffset? respondedAt, ServiceCalendar serviceHours)
    {
        if (dueAt is not { } due) return SlaState.NoSla;
        if (respondedAt is { } responded) return responded <= due ? SlaState.RespondedInTime : SlaState.RespondedLate;
        if (now > due) return SlaState.Breached;
        return ServiceTimeBetween(now, due, serviceHours) < AtRiskThreshold ? SlaState.AtRisk : SlaState.OnTrack;
    }
}
