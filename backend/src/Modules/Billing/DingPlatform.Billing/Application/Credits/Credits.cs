using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Application.Credits;

/// <summary>Late-issue credits: tenants see theirs; staff settle them (applied to the next order, or paid out).</summary>
internal sealed class Credits(PlatformDbContext db, IDataFilter filter, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<CreditDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<Credit>().AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Status).ThenBy(c => c.InvoiceNumber).Select(c => c.ToDto()).ToList();

    public async Task<IReadOnlyList<CreditDto>> ListAllAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await ListAsync(ct);
    }

    public async Task<CreditDto> SettleAsync(Guid id, SettleCreditRequest request, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var credit = await db.Set<Credit>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException("Credit", id);
        var invoice = await db.Set<Invoice>().SingleAsync(i => i.Id == credit.InvoiceId, ct);
        if (invoice.Status == InvoiceStatus.Pending)
            throw new BusinessException(BillingErrors.InvoiceNotIssuable, $"Invoice {invoice.Number} is not issued yet, so its penalty is still growing; settle after issuing.");
        credit.Settle(request.Settlement!.Value, request.Note, clock.GetUtcNow());
        audit.Record(credit.TenantId, "Credit.Settled", $"{credit.InvoiceNumber}: {credit.Amount:0.00} CNY {credit.Status} ({request.Note})");
        await db.SaveChangesAsync(ct);
        return credit.ToDto();
    }
}
