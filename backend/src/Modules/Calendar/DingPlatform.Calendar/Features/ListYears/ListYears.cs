using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Features.ListYears;

/// <summary>The years staff maintain. The current and the next year are always listed, so a year whose
/// arrangement has not been entered yet shows up as missing (SPEC §3: the console warns).</summary>
internal sealed class ListYears(PlatformDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarYearSummaryDto>> ExecuteAsync(CancellationToken ct)
    {
        var stored = await db.Set<CalendarYear>().AsNoTracking()
            .Select(y => new CalendarYearSummaryDto(y.Year, true, y.Days.Count(d => d.IsOffDay), y.Days.Count(d => !d.IsOffDay), y.Source,
                y.UpdatedAt))
            .ToListAsync(ct);
        var thisYear = clock.Today().Year;
        var missing = new[] { thisYear, thisYear + 1 }.Where(y => stored.All(s => s.Year != y))
            .Select(y => new CalendarYearSummaryDto(y, false, 0, 0, null, null));
        return stored.Concat(missing).OrderBy(y => y.Year).ToList();
    }
}
