using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Services;

/// <summary>The calendar other modules ask: the domain's walk over years from the cache.</summary>
internal sealed class WorkingDayCalendar(PlatformDbContext db, CalendarCache cache) : IWorkingDayCalendar
{
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var years = new Dictionary<int, YearCalendar>();
        // Load the year the walk stopped at and walk again; a 5-day deadline needs one year, at most two.
        for (var year = from.Year; ; year++)
        {
            years[year] = await YearAsync(year, ct);
            if (WorkingDays.TryAdd(from, days, y => years.GetValueOrDefault(y), out var deadline)) return deadline;
        }
    }

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct) =>
        (await YearAsync(date.Year, ct)).IsWorkingDay(date);

    public async Task<bool> HasDataForYearAsync(int year, CancellationToken ct) =>
        (await YearAsync(year, ct)).HasData;

    internal Task<YearCalendar> YearAsync(int year, CancellationToken ct) => cache.GetOrLoadAsync(year, async () =>
    {
        var stored = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
        return stored?.ToCalendar() ?? YearCalendar.WeekendsOnly(year);
    });
}
