namespace DingPlatform.Calendar.Domain;

/// <summary>Working-day arithmetic for deadlines (SPEC.md §3 "Orders, payment and invoices", contract §2.2: the
/// invoice is due within 5 working days of payment; weekends and statutory holidays off, make-up workdays on).</summary>
public static class WorkingDays
{
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Walks day by day after <paramref name="from"/> (not counted) until <paramref name="days"/>
    /// working days have passed. False when the walk reaches a year <paramref name="yearOf"/> has not
    /// loaded: the caller loads it and walks again, so the rule stays free of I/O. The walk ends because
    /// a year lists at most 200 days and has 260 or more weekdays.</summary>
    public static bool TryAdd(DateOnly from, int days, Func<int, YearCalendar?> yearOf, out DateOnly deadline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        deadline = from;
        for (var left = days; left > 0;)
        {
            deadline = deadline.AddDays(1);
            if (yearOf(deadline.Year) is not { } year) return false;
            if (year.IsWorkingDay(deadline)) left--;
        }
        return true;
    }

    /// <summary>The same walk over years held in memory; a year not given counts weekends only.</summary>
    public static DateOnly Add(DateOnly from, int days, IEnumerable<YearCalendar> years)
    {
        var byYear = years.ToDictionary(y => y.Year);
        TryAdd(from, days, y => byYear.GetValueOrDefault(y) ?? YearCalendar.WeekendsOnly(y), out var deadline);
        return deadline;
    }
}
