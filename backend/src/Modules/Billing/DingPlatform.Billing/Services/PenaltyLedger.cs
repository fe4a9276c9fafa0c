using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Services;

/// <summary>Keeps an invoice's accrued penalty and the tenant's credit in step. Shared by the daily run and by
/// issuing, which accrues up to the issue day first.</summary>
internal sealed class PenaltyLedger(PlatformDbContext db)
{
    public async Task AccrueAsync(Invoice invoice, DateOnly today, CancellationToken ct)
    {
        var added = invoice.AccrueUntil(today);
        if (added == 0) return;
        var credit = await db.Set<Credit>().IgnoreQueryFilters().SingleOrDefaultAsync(c => c.InvoiceId == invoice.Id, ct);
        if (credit is null) db.Set<Credit>().Add(credit = Credit.For(invoice));
        credit.Add(added);
    }
}
