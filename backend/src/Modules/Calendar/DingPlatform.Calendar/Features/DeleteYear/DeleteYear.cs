using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;
using DingPlatform.Calendar.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Features.DeleteYear;

/// <summary>Removes a year entered by mistake; the year then counts weekends only.</summary>
internal sealed class DeleteYear(PlatformDbContext db, IAuditLog audit, CalendarCache cache)
{
    public async Task ExecuteAsync(int year, CancellationToken ct)
    {
        CalendarYear.EnsureInRange(year);
        var stored = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct)
            ?? throw new BusinessException(CalendarErrors.YearNotFound, $"The calendar has no data for {year}.", 404);
        db.Remove(stored);
        audit.Record(null, "Calendar.YearDeleted", $"{year} ({stored.Days.Count} days)");
        await db.SaveChangesAsync(ct);
        cache.Invalidate(year);
    }
}
