using DingPlatform.Platform.Errors;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>A staff-defined promotion (SPEC §3, §2.1 note): activation inside a date window gives bonus
/// months and/or a percentage off the plan; a voucher code makes it apply only when the code is given.
/// At most one non-combinable promotion applies to an order.</summary>
public sealed class Promotion
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public DateOnly WindowStart { get; private set; }
    public DateOnly WindowEnd { get; private set; }
    /// <summary>The window is a month-day range that comes back every year ("22 March").</summary>
    public bool RepeatsYearly { get; private set; }
    public int? BonusMonths { get; private set; }
    public decimal? PercentOff { get; private set; }
    public string? VoucherCode { get; private set; }
    public bool Combinable { get; private set; }
    public bool Active { get; private set; }

    private Promotion() { }

    public static Promotion Create(string name, DateOnly start, DateOnly end, bool repeatsYearly, int? bonusMonths, decimal? percentOff,
        string? voucherCode, bool combinable, bool active)
    {
        var p = new Promotion();
        p.Update(name, start, end, repeatsYearly, bonusMonths, percentOff, voucherCode, combinable, active);
        return p;
    }

    public void Update(string name, DateOnly start, DateOnly end, bool repeatsYearly, int? bonusMonths, decimal? percentOff,
        string? voucherCode, bool combinable, bool active)
    {
        if (end < start) throw new InputException("windowEnd", "The window ends before it starts.");
        if (repeatsYearly && end.DayNumber - start.DayNumber > 365) throw new InputException("windowEnd",
            "A yearly window is at most a year long.");
        if (bonusMonths is null && percentOff is null) throw new InputException("bonusMonths",
            "A promotion gives bonus months, a percentage off, or both.");
        if (percentOff is { } pct && !Platform.Money.IsWholeFen(pct)) throw new InputException("percentOff", "At most two decimals.");
        Name = name.Trim(); WindowStart = start; WindowEnd = end; RepeatsYearly = repeatsYearly; BonusMonths = bonusMonths;
        PercentOff = percentOff; VoucherCode = string.IsNullOrWhiteSpace(voucherCode) ? null : voucherCode.Trim().ToUpperInvariant();
        Combinable = combinable; Active = active;
    }

    public bool IsOpenOn(DateOnly date)
    {
        if (!Active) return false;
        if (!RepeatsYearly) return date >= WindowStart && date <= WindowEnd;
        // Compare as month-day within the year of the date (a window may wrap over New Year).
        var start =
            new DateOnly(date.Year, WindowStart.Month, Math.Min(WindowStart.Day, DateTime.DaysInMonth(date.Year, WindowStart.Month)));
        var length = WindowEnd.DayNumber - WindowStart.DayNumber;
        if (date < start) start = start.AddYears(-1);
        return date.DayNumber - start.DayNumber <= length;
    }
}
