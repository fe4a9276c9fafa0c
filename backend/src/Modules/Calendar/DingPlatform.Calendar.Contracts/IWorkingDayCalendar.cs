namespace DingPlatform.Calendar.Contracts;

/// <summary>PLACEHOLDER until the calendar branch is merged (same signature).</summary>
public interface IWorkingDayCalendar
{
    Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken ct);
    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct);
    Task<bool> HasDataForYearAsync(int year, CancellationToken ct);
}
