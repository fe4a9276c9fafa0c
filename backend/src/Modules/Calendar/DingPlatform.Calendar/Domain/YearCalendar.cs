namespace DingPlatform.Calendar.Domain;

/// <summary>One year of the calendar in memory: the listed dates override the weekday rule. A year
/// without data (<see cref="HasData"/> false) counts weekends only.</summary>
public sealed class YearCalendar(int year, bool hasData, IReadOnlyDictionary<DateOnly, bool> offByDate)
{
    public int Year { get; } = year;
    public bool HasData { get; } = hasData;

    public static YearCalendar WeekendsOnly(int year) => new(year, hasData: false, new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly date)
    {
        if (date.Year != Year) throw new ArgumentOutOfRangeException(nameof(date), $"{date} is not in {Year}.");
        return offByDate.TryGetValue(date, out var off) ? !off : !WorkingDays.IsWeekend(date);
    }
}
