using DingPlatform.Platform.Data;
using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Services;

/// <summary>The provider's support settings as stored, or the contract's defaults before anyone edited them.</summary>
internal sealed class ServiceHoursSource(PlatformDbContext db)
{
    public async Task<SupportSettings> SettingsAsync(CancellationToken ct) =>
        await db.Set<SupportSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == SupportSettings.SingletonId, ct)
            ?? SupportSettings.Default();

    public async Task<ServiceCalendar> CalendarAsync(CancellationToken ct) => (await SettingsAsync(ct)).Calendar();
}
