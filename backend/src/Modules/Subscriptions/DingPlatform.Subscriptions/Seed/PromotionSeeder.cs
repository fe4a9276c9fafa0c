using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Seed;

/// <summary>A fresh database gets the contract's example promotion; staff may edit or delete it later, so it is
/// only added while there are no promotions at all.</summary>
internal sealed class PromotionSeeder(PlatformDbContext db) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Promotion>().AnyAsync(cancellationToken)) return;
        // §2.1 note: "3 月 22 日开通多送一个月" — activation on 22 March gives one extra month.
        db.Set<Promotion>()
            .Add(Promotion.Create("3 月 22 日开通多送一个月 · 22 March: +1 month", new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 22),
            repeatsYearly: true, bonusMonths: 1, percentOff: null, voucherCode: null, combinable: false, active: true));
        await db.SaveChangesAsync(cancellationToken);
    }
}
