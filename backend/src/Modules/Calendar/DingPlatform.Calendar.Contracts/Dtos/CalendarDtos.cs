using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Calendar.Contracts;

/// <summary>One year in the console's list; the current and the next year appear even without data so
/// staff see what is missing.</summary>
public sealed record CalendarYearSummaryDto(
    int Year,
    bool HasData,
    int OffDays,
    int MakeUpWorkdays,
    string? Source,
    DateTimeOffset? UpdatedAt);

public sealed record CalendarDayDto(DateOnly Date, bool IsOffDay, string Name);

public sealed record CalendarYearDto(int Year, bool HasData, string? Source, DateTimeOffset? UpdatedAt, IReadOnlyList<CalendarDayDto> Days);

/// <summary>Nullable with [Required] so a missing field is named rather than read as its default.</summary>
public sealed record CalendarDayInput(
    [property: Required] DateOnly? Date,
    [property: Required] bool? IsOffDay,
    [property: Required(AllowEmptyStrings = false), MaxLength(50)] string? Name);

/// <summary>Replaces a year's list: the days that differ from the weekday rule, as the State Council
/// notice (<see cref="Source"/>) publishes them.</summary>
public sealed record UpdateCalendarYearRequest(
    [property: Required(AllowEmptyStrings = false), MaxLength(500)] string Source,
    [property: Required, MinLength(1), MaxLength(200)] IReadOnlyList<CalendarDayInput>? Days);

public sealed record DeadlinePreviewDto(DateOnly From, int Days, DateOnly Deadline, IReadOnlyList<int> YearsWithoutData);
