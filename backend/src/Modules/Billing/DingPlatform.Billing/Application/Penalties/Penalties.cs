using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Application.Penalties;

/// <summary>Keeps an invoice's accrued penalty and the tenant's credit in step.</summary>
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

/// <summary>The daily late-issue job (§2.2 note): every pending invoice past its deadline accrues 0.2% of its
/// total per calendar day. The invoice remembers how many days it has accrued, so a second run the same day,
/// or a late run, adds exactly what is missing.</summary>
internal sealed class AccruePenalties(PlatformDbContext db, IDataFilter filter, PenaltyLedger ledger, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var today = clock.Today();
        var due = await db.Set<Invoice>().Where(i => i.Status == InvoiceStatus.Pending && !i.IsRedLetter && i.Deadline < today).ToListAsync(ct);
        foreach (var invoice in due) await ledger.AccrueAsync(invoice, today, ct);
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
