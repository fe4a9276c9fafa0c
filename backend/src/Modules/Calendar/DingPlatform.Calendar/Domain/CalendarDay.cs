namespace DingPlatform.Calendar.Domain;

/// <summary>One listed date: a statutory holiday on a weekday (off) or a make-up working weekend (not off).</summary>
public sealed class CalendarDay
{
    public const int NameLength = 50;

    public DateOnly Date { get; private set; }
    public int Year { get; private set; }
    public bool IsOffDay { get; private set; }
    public string Name { get; private set; } = "";

    private CalendarDay() { }

    internal CalendarDay(int year, DateOnly date, bool isOffDay, string name)
    {
        Year = year; Date = date; IsOffDay = isOffDay; Name = name;
    }

    internal void Change(bool isOffDay, string name)
    {
        IsOffDay = isOffDay; Name = name;
    }
}
