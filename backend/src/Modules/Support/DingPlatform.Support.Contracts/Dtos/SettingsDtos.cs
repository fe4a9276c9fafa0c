using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Support.Contracts.Dtos;

public static class ClockTime
{
    /// <summary>"HH:mm", 24-hour, Asia/Shanghai wall-clock time.</summary>
    public const string Pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    public const string Message = "A time is HH:mm (24-hour, Asia/Shanghai).";
}

/// <summary>A date whose service hours differ from the daily ones: other hours (start and end), or closed.</summary>
public sealed record ServiceDayOverrideDto(
    [property: Required] DateOnly? Date,
    [property: RegularExpression(ClockTime.Pattern, ErrorMessage = ClockTime.Message)] string? Start,
    [property: RegularExpression(ClockTime.Pattern, ErrorMessage = ClockTime.Message)] string? End,
    bool? Closed);

/// <summary>Replaces the settings and the list of edited dates as a whole: what is not listed is not edited.</summary>
public sealed record UpdateSupportSettingsRequest(
    [property: Required, RegularExpression(ClockTime.Pattern, ErrorMessage = ClockTime.Message)] string? ServiceStart,
    [property: Required, RegularExpression(ClockTime.Pattern, ErrorMessage = ClockTime.Message)] string? ServiceEnd,
    [property: Required, Range(0, 8760)] int? NoticePeriodHours,
    [property: MaxLength(366)] IReadOnlyList<ServiceDayOverrideDto>? Overrides);

public sealed record SupportSettingsDto(string ServiceStart, string ServiceEnd, int NoticePeriodHours,
    IReadOnlyList<ServiceDayOverrideDto> Overrides, DateTimeOffset? UpdatedAt);

/// <summary>One tenant's first-response record for one Asia/Shanghai month ("2026-12"), by the month tickets
/// were opened in. <see cref="WithSla"/> = <see cref="FirstResponsesInTime"/> + <see cref="Breaches"/> + <see cref="Pending"/>.</summary>
public sealed record SlaMonthDto(
    Guid TenantId,
    string TenantName,
    string Month,
    int Tickets,
    int WithSla,
    int FirstResponsesInTime,
    int Breaches,
    int Pending);
