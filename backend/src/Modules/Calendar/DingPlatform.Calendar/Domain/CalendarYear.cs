using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Errors;

namespace DingPlatform.Calendar.Domain;

/// <summary>A year's published arrangement: the days that differ from the weekday rule and the notice
/// they come from. Provider staff replace the list when the State Council publishes it (usually in November).</summary>
public sealed class CalendarYear
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    /// <summary>A year has 260 or more weekdays, so with at most this many listed days it keeps working
    /// days and a deadline walk always ends.</summary>
    public const int MaxDays = 200;

    private readonly List<CalendarDay> _days = [];

    public int Year { get; private set; }
    public string Source { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<CalendarDay> Days => _days;

    private CalendarYear() { }

    public static CalendarYear Create(int year, string source, IEnumerable<DayEntry> days, DateTimeOffset now)
    {
        var calendarYear = new CalendarYear { Year = year };
        calendarYear.Replace(source, days, now);
        return calendarYear;
    }

    /// <summary>Replaces the list in place (update, remove, add) so a date that stays keeps its row.</summary>
    public void Replace(string source, IEnumerable<DayEntry> days, DateTimeOffset now)
    {
        var list = Validate(Year, days.ToList());
        var byDate = list.ToDictionary(d => d.Date);
        _days.RemoveAll(d => !byDate.ContainsKey(d.Date));
        foreach (var existing in _days)
        {
            var wanted = byDate[existing.Date];
            existing.Change(wanted.IsOffDay, wanted.Name);
            byDate.Remove(existing.Date);
        }
        _days.AddRange(byDate.Values.Select(d => new CalendarDay(Year, d.Date, d.IsOffDay, d.Name)));
        Source = source.Trim();
        UpdatedAt = now;
    }

    /// <summary>Refuses years outside the range the console can sensibly edit (and typos like 20027).</summary>
    public static void EnsureInRange(int year)
    {
        if (year is < MinYear or > MaxYear)
            throw new BusinessException(CalendarErrors.YearOutOfRange,
                $"The calendar covers {MinYear} to {MaxYear}; {year} is outside.", 400)
                .WithDetail("year", year);
    }

    public YearCalendar ToCalendar() => new(Year, hasData: true, _days.ToDictionary(d => d.Date, d => d.IsOffDay));

    private static List<DayEntry> Validate(int year, List<DayEntry> days)
    {
        if (days.Count > MaxDays)
            throw new InputException("days", $"A year lists at most {MaxDays} days.");
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < days.Count; i++)
        {
            var d = days[i];
            if (d.Date.Year != year)
                throw new InputException($"days[{i}].date", $"{d.Date:yyyy-MM-dd} is not in {year}.");
            if (!seen.Add(d.Date))
                throw new InputException($"days[{i}].date", $"{d.Date:yyyy-MM-dd} is listed twice.");
            // The list holds only exceptions to the weekday rule; anything else would say nothing.
            if (WorkingDays.IsWeekend(d.Date) == d.IsOffDay)
                throw new InputException($"days[{i}].isOffDay", d.IsOffDay
                    ? $"{d.Date:yyyy-MM-dd} is a weekend, off anyway: list only weekends that are make-up working days."
                    : $"{d.Date:yyyy-MM-dd} is a weekday, working anyway: list only weekdays that are holidays.");
            if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Trim().Length > CalendarDay.NameLength)
                throw new InputException($"days[{i}].name", $"A name of 1 to {CalendarDay.NameLength} characters is required.");
        }
        return days.Select(d => d with { Name = d.Name.Trim() }).OrderBy(d => d.Date).ToList();
    }
}
