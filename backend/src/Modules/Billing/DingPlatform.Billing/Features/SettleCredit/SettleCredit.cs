using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.SettleCredit;

/// <summary>Staff settle a late-issue credit: applied to the tenant's next order, or paid out. Only once the
/// invoice is issued, because until then its penalty is still growing.</summary>
internal sealed class SettleCredit(PlatformDbContext db, IDataFilter filter, IAuditLog audit, TimeProvider clock)
{
    public async Task<CreditDto> ExecuteAsync(Guid id, SettleCreditRequest request, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var credit = await db.Set<Credit>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException("Credit", id);
        var invoice = await db.Set<Invoice>().SingleAsync(i => i.Id == credit.InvoiceId, ct);
        if (invoice.Status == InvoiceStatus.Pending)
            throw new BusinessException(BillingErrors.InvoiceNotIssuable,
                $"Invoice {invoice.Number} is not issued yet, so its penalty is still growing; settle after issuing.");
        credit.Settle(request.Settlement!.Value, request.Note, clock.GetUtcNow());
        audit.Record(credit.TenantId, "Credit.Settled",
            $"{credit.InvoiceNumber}: {credit.Amount:0.00} CNY {credit.Status} ({request.Note})");
        await db.SaveChangesAsync(ct);
        return credit.ToDto();
    }
}
