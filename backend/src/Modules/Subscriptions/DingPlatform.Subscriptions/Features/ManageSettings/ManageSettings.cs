using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.ManageSettings;

/// <summary>Lifecycle settings editable by provider staff.</summary>
internal sealed class ManageSettings(PlatformDbContext db, IAuditLog audit)
{
    public async Task<SubscriptionSettingsDto> GetAsync(CancellationToken ct) =>
        new((await db.Set<SubscriptionSettings>().SingleOrDefaultAsync(ct) ?? new SubscriptionSettings()).LapseAfterOverdueDays);

    public async Task<SubscriptionSettingsDto> UpdateAsync(SubscriptionSettingsDto input, CancellationToken ct)
    {
        var row = await db.Set<SubscriptionSettings>().SingleOrDefaultAsync(ct);
        if (row is null) db.Set<SubscriptionSettings>().Add(row = new SubscriptionSettings());
        row.LapseAfterOverdueDays = input.LapseAfterOverdueDays;
        audit.Record(null, "Settings.Updated", $"lapseAfterOverdueDays={input.LapseAfterOverdueDays}");
        await db.SaveChangesAsync(ct);
        return new SubscriptionSettingsDto(row.LapseAfterOverdueDays);
    }
}
