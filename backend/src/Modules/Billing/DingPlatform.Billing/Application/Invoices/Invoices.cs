using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Billing.Application.Penalties;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Application.Invoices;

/// <summary>Invoice reads for the portal (own tenant) and the console's queue (all tenants, by deadline).</summary>
internal sealed class QueryInvoices(PlatformDbContext db, IDataFilter filter, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvoiceDto>> ListAsync(CancellationToken ct)
    {
        var today = clock.Today();
        return (await db.Set<Invoice>().AsNoTracking().ToListAsync(ct)).OrderByDescending(i => i.CreatedAt).Select(i => i.ToDto(today)).ToList();
    }

    public async Task<IReadOnlyList<InvoiceDto>> QueueAsync(InvoiceStatus? status, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var q = db.Set<Invoice>().AsNoTracking();
        if (status is { } s) q = q.Where(i => i.Status == s);
        var today = clock.Today();
        // Pending first, the nearest (or most overdue) deadline first.
        return (await q.Take(1000).ToListAsync(ct))
            .OrderBy(i => i.Status == InvoiceStatus.Pending ? 0 : 1).ThenBy(i => i.Deadline).ThenBy(i => i.Number)
            .Select(i => i.ToDto(today)).ToList();
    }

    public async Task<Invoice> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<Invoice>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException("Invoice", id);

    public async Task<Invoice> GetAnyAsync(Guid id, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await GetAsync(id, ct);
    }
}

/// <summary>Staff record that the invoice was issued, with the tax bureau's number. Penalty days up to the
/// issue day are accrued first, then accrual stops.</summary>
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
