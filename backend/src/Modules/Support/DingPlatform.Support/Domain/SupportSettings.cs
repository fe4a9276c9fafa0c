using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>A date the provider edited: other hours that day, or closed.</summary>
public sealed class ServiceDayOverride
{
    public DateOnly Date { get; private set; }
    public TimeOnly? Start { get; private set; }
    public TimeOnly? End { get; private set; }
    public bool Closed { get; private set; }

    private ServiceDayOverride() { }

    internal static ServiceDayOverride From(ServiceDay day) =>
        new() { Date = day.Date, Start = day.Hours?.Start, End = day.Hours?.End, Closed = day.Hours is null };

    internal ServiceDay ToServiceDay() => new(Date, Closed ? null : new ServiceHours(Start!.Value, End!.Value));
}

/// <summary>The provider's support settings, one row: the daily service hours the SLA clock runs on (A1:
/// 08:00–18:00, but data, not a constant), the dates that differ, and the notice period for planned
/// maintenance (§4.1, default 72 h). Replaced as a whole, after the whole is checked.</summary>
public sealed class SupportSettings
{
    public const int SingletonId = 1;
    public const int MaxNoticeHours = 8760;
    public const int MaxOverrides = 366;

    private List<ServiceDayOverride> _overrides = [];

    public int Id { get; private set; } = SingletonId;
    public TimeOnly ServiceStart { get; private set; }
    public TimeOnly ServiceEnd { get; private set; }
    public int NoticePeriodHours { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    public IReadOnlyList<ServiceDayOverride> Overrides => _overrides;

    private SupportSettings() { }

    /// <summary>What a provider that never edited anything has: the contract's hours and 72 h notice.</summary>
    public static SupportSettings Default() => new() {
        ServiceStart = ServiceHours.Default.Start,
        ServiceEnd = ServiceHours.Default.End,
        NoticePeriodHours = (int)AdvanceNotice.DefaultMaintenanceNotice.TotalHours,
    };

    public TimeSpan NoticePeriod => TimeSpan.FromHours(NoticePeriodHours);

    public ServiceCalendar Calendar() =>
        new(new ServiceHours(ServiceStart, ServiceEnd), _overrides.Select(o => o.ToServiceDay()));

    /// <summary>Checks everything first (hours that end after they start, no date edited twice, a sane
    /// notice period), then replaces: a refused edit leaves the settings as they were.</summary>
    public void Replace(ServiceHours daily, int noticePeriodHours, IReadOnlyCollection<ServiceDay> overrides, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(daily);
        if (noticePeriodHours is < 0 or > MaxNoticeHours)
            throw new BusinessException(SupportErrors.InvalidServiceHours, $"The notice period is 0 to {MaxNoticeHours} hours.", 400)
                .WithDetail("field", "noticePeriodHours");
        if (overrides.Count > MaxOverrides)
            throw new BusinessException(SupportErrors.InvalidServiceHours, $"At most {MaxOverrides} edited dates.", 400)
                .WithDetail("field", "overrides");
        var calendar = new ServiceCalendar(daily, overrides); // refuses a date edited twice
        ServiceStart = calendar.Daily.Start;
        ServiceEnd = calendar.Daily.End;
        NoticePeriodHours = noticePeriodHours;
        _overrides = overrides.OrderBy(d => d.Date).Select(ServiceDayOverride.From).ToList();
        UpdatedAt = now;
    }
}
