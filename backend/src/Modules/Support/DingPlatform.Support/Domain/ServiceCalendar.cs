using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>A date whose service hours differ from the daily default: other hours, or closed (null).</summary>
public sealed record ServiceDay(DateOnly Date, ServiceHours? Hours)
{
    public static ServiceDay Closed(DateOnly date) => new(date, null);
}

/// <summary>When the support desk is staffed: the same window every day of the week (A1: 7 days × 10 h), except
/// the dates the provider has edited. The SLA clock only runs inside these hours.</summary>
public sealed class ServiceCalendar
{
    private readonly Dictionary<DateOnly, ServiceHours?> _overrides;

    /// <summary>The contract's hours, 08:00–18:00 every day, with no edited dates.</summary>
    public static ServiceCalendar Standard { get; } = new(ServiceHours.Default);

    public ServiceHours Daily { get; }
    public IReadOnlyDictionary<DateOnly, ServiceHours?> Overrides => _overrides;

    public ServiceCalendar(ServiceHours daily, IEnumerable<ServiceDay>? overrides = null)
    {
        Daily = daily ?? throw new ArgumentNullException(nameof(daily));
        _overrides = new();
        foreach (var day in overrides ?? [])
            if (!_overrides.TryAdd(day.Date, day.Hours))
                throw new BusinessException(SupportErrors.InvalidServiceHours, $"{day.Date:yyyy-MM-dd} is edited twice.", 400)
                    .WithDetail("field", "overrides").WithDetail("date", day.Date);
        // Every date not edited is open, so a walk forward through the calendar always reaches service time.
    }

    /// <summary>The hours of a Shanghai date, or null when the desk is closed that day.</summary>
    public ServiceHours? HoursOn(DateOnly date) => _overrides.TryGetValue(date, out var edited) ? edited : Daily;

    /// <summary>The same calendar with one date edited (null closes it).</summary>
    public ServiceCalendar With(DateOnly date, ServiceHours? hours) =>
        new(Daily, _overrides.Where(o => o.Key != date).Select(o => new ServiceDay(o.Key, o.Value)).Append(new ServiceDay(date, hours)));

    /// <summary>The date's window as instants (UTC), or null when closed.</summary>
    internal (DateTimeOffset Start, DateTimeOffset End)? WindowOn(DateOnly date) =>
        HoursOn(date) is { } hours ? (At(date, hours.Start), At(date, hours.End)) : null;

    /// <summary>A Shanghai wall-clock time on a date as an instant, through the platform's zone rather than
    /// a fixed +8 so the rule stays right if the zone data ever changes.</summary>
    private static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, BusinessTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
