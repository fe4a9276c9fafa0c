using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.ManagePromotions;

/// <summary>Provider staff define promotions. Orders keep the price and bonus they were quoted with, so
/// editing or deleting a promotion never changes an order.</summary>
internal sealed class ManagePromotions(PlatformDbContext db, IAuditLog audit)
{
    public async Task<IReadOnlyList<PromotionDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<Promotion>().AsNoTracking().ToListAsync(ct)).OrderByDescending(p => p.WindowStart).Select(p => p.ToDto()).ToList();

    public async Task<PromotionDto> CreateAsync(PromotionInput input, CancellationToken ct)
    {
        await EnsureVoucherFreeAsync(input.VoucherCode, null, ct);
        var p = Promotion.Create(input.Name, input.WindowStart!.Value, input.WindowEnd!.Value, input.RepeatsYearly, input.BonusMonths,
            input.PercentOff,
            input.VoucherCode, input.Combinable, input.Active);
        db.Set<Promotion>().Add(p);
        audit.Record(null, "Promotion.Created", p.Name);
        await db.SaveChangesAsync(ct);
        return p.ToDto();
    }

    public async Task<PromotionDto> UpdateAsync(Guid id, PromotionInput input, CancellationToken ct)
    {
        var p = await db.Set<Promotion>().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException("Promotion", id);
        await EnsureVoucherFreeAsync(input.VoucherCode, id, ct);
        p.Update(input.Name, input.WindowStart!.Value, input.WindowEnd!.Value, input.RepeatsYearly, input.BonusMonths, input.PercentOff,
            input.VoucherCode, input.Combinable, input.Active);
        audit.Record(null, "Promotion.Updated", p.Name);
        await db.SaveChangesAsync(ct);
        return p.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Set<Promotion>().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException("Promotion", id);
        db.Remove(p);
        audit.Record(null, "Promotion.Deleted", p.Name);
        await db.SaveChangesAsync(ct);
    }

    private async Task EnsureVoucherFreeAsync(string? code, Guid? self, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return;
        var normalized = code.Trim().ToUpperInvariant();
        if (await db.Set<Promotion>().AnyAsync(p => p.VoucherCode == normalized && p.Id != self, ct))
            throw new InputException("voucherCode", $"The voucher code {normalized} is used by another promotion.");
    }
}
