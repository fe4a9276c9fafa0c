using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.IssueInvoice;

/// <summary>Staff record that the invoice was issued, with the tax bureau's number. Penalty days up to the
/// issue day are accrued first, then accrual stops (§2.2 note).</summary>
internal sealed class IssueInvoice(PlatformDbContext db, IDataFilter filter, PenaltyLedger ledger, IAuditLog audit, TimeProvider clock)
{
    public async Task<InvoiceDto> ExecuteAsync(Guid id, IssueInvoiceRequest request, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var invoice = await db.Set<Invoice>().SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException("Invoice", id);
        var today = clock.Today();
        var issuedOn = request.IssuedOn ?? today;
        invoice.MarkIssued(request.TaxBureauNumber, issuedOn, today);
        await ledger.AccrueAsync(invoice, today, ct);
        audit.Record(invoice.TenantId, "Invoice.Issued", $"{invoice.Number} as {request.TaxBureauNumber} on {issuedOn:yyyy-MM-dd}"
            + (invoice.PenaltyDays > 0 ? $", {invoice.PenaltyDays} day(s) late, penalty {invoice.PenaltyAccrued:0.00} CNY" : ""));
        await db.SaveChangesAsync(ct);
        return invoice.ToDto(today);
    }
}
