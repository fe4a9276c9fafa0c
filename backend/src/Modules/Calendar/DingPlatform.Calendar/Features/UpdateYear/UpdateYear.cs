using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Domain;
using DingPlatform.Calendar.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Features.UpdateYear;

/// <summary>Provider staff enter or correct a year's arrangement; deadlines computed afterwards use it.</summary>
internal sealed class UpdateYear(PlatformDbContext db, IAuditLog audit, TimeProvider clock, CalendarCache cache)
{
    public async Task<CalendarYearDto> ExecuteAsync(int year, UpdateCalendarYearRequest request, CancellationToken ct)
    {
        CalendarYear.EnsureInRange(year);
        var days = request.Days!.Select(d => d.ToEntry()).ToList();
        var stored = await db.Set<CalendarYear>().Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == year, ct);
        if (stored is null)
            db.Add(stored = CalendarYear.Create(year, request.Source!, days, clock.GetUtcNow()));
        else
            stored.Replace(request.Source!, days, clock.GetUtcNow());
        audit.Record(null, "Calendar.YearReplaced",
            $"{year}: {stored.Days.Count(d => d.IsOffDay)} holidays, " +
            $"{stored.Days.Count(d => !d.IsOffDay)} make-up workdays ({stored.Source})");
        await db.SaveChangesAsync(ct);
        cache.Invalidate(year);
        return stored.ToDto();
    }
}
