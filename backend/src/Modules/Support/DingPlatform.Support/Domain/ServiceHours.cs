using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>One day's service window, as Asia/Shanghai wall-clock times, start included and end excluded.
/// The contract's support runs 08:00–18:00 (A1 在线服务 "7×10h"); it is data rather than a constant so the
/// provider can change it, or edit single days (see <see cref="ServiceCalendar"/>).</summary>
public sealed record ServiceHours
{
    /// <summary>A1: 08:00–18:00.</summary>
    public static ServiceHours Default { get; } = new(new TimeOnly(8, 0), new TimeOnly(18, 0));

    public TimeOnly Start { get; }
    public TimeOnly End { get; }

    public ServiceHours(TimeOnly start, TimeOnly end)
    {
        // A window that wraps past midnight is not offered: the contract's hours are daytime hours, and a
        // wrapped window would make "the hours of a date" ambiguous.
        if (end <= start)
            throw new BusinessException(SupportErrors.InvalidServiceHours,
                $"Service hours must end after they start ({start:HH\\:mm}–{end:HH\\:mm}).", 400)
                .WithDetail("field", "end");
        Start = start;
        End = end;
    }

    public TimeSpan Length => End - Start;

    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
