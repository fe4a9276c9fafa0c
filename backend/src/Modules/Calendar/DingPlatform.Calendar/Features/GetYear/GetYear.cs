using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Features.GetYear;

/// <summary>One year's list for the editor; a year without data answers with an empty list, not 404,
/// because the console opens it to enter the new arrangement.</summary>
internal sealed class GetYear(PlatformDbContext db)
{
    public async Task<CalendarYearDto> ExecuteAsync(int year, CancellationToken ct)
    {
        CalendarYear.EnsureInRange(year);
        var stored = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
        return stored?.ToDto() ?? new CalendarYearDto(year, false, null, null, []);
    }
}
