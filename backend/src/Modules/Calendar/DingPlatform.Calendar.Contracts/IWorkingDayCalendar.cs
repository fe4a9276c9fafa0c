namespace DingPlatform.Calendar.Contracts;

/// <summary>China's working-day calendar (SPEC §3 "Orders, payment and invoices"): Monday to Friday work,
/// weekends are off, except the days a year lists — statutory holidays off, make-up weekends (调休) on.
/// A year without data counts weekends only; ask <see cref="HasDataForYearAsync"/> to warn about it.</summary>
public interface IWorkingDayCalendar
{
    /// <summary>The date that is <paramref name="days"/> working days after <paramref name="from"/>
    /// (<paramref name="from"/> itself not counted; days &gt;= 0; 0 returns <paramref name="from"/>).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken ct);

    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct);

    Task<bool> HasDataForYearAsync(int year, CancellationToken ct);
}
