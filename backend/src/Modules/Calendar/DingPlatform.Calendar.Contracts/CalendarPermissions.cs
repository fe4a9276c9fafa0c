namespace DingPlatform.Calendar.Contracts;

public static class CalendarPermissions
{
    public const string Manage = "Calendar.Manage";
}
