using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Errors;

namespace DingPlatform.Calendar.Features.PreviewDeadline;

/// <summary>The console's check of the calendar: which date a deadline of N working days lands on, and
/// which years on the way count weekends only because their arrangement is missing.</summary>
internal sealed class PreviewDeadline(IWorkingDayCalendar calendar)
{
    public const int MaxDays = 366;

    public async Task<DeadlinePreviewDto> ExecuteAsync(DateOnly from, int days, CancellationToken ct)
    {
        if (days is < 0 or > MaxDays)
            throw new InputException("days", $"Days is 0 to {MaxDays}.");
        Domain.CalendarYear.EnsureInRange(from.Year);
        var deadline = await calendar.AddWorkingDaysAsync(from, days, ct);
        var missing = new List<int>();
        for (var year = from.Year; year <= deadline.Year; year++)
            if (!await calendar.HasDataForYearAsync(year, ct)) missing.Add(year);
        return new DeadlinePreviewDto(from, days, deadline, missing);
    }
}
