namespace DingPlatform.Calendar.Contracts;

public static class CalendarErrors
{
    public const string YearOutOfRange = "Calendar:YearOutOfRange";
    public const string YearNotFound = "Calendar:YearNotFound";
}
