using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;

namespace DingPlatform.Calendar.Features;

internal static class CalendarMapper
{
    public static CalendarYearDto ToDto(this CalendarYear year) =>
        new(year.Year, true, year.Source, year.UpdatedAt,
            year.Days.OrderBy(d => d.Date).Select(d => new CalendarDayDto(d.Date, d.IsOffDay, d.Name)).ToList());

    /// <summary>Called after the validation filter, so the [Required] fields are present.</summary>
    public static DayEntry ToEntry(this CalendarDayInput input) => new(input.Date!.Value, input.IsOffDay!.Value, input.Name!);
}
