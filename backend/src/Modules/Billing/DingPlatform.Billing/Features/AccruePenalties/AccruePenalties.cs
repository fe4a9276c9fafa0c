using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.AccruePenalties;

/// <summary>The daily late-issue run (§2.2 note, <see cref="LateIssuePenalty"/>): every pending invoice past its
/// deadline accrues 0.2% of its total per calendar day. The invoice remembers how many days it has accrued, so
/// a second run the same day, or a late run, adds exactly what is missing. Started by
/// <see cref="Jobs.AccruePenaltiesJob"/>; the tests call it directly.</summary>
internal sealed class AccruePenalties(PlatformDbContext db, IDataFilter filter, PenaltyLedger ledger, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var today = clock.Today();
        var due = await db.Set<Invoice>().Where(i => i.Status == InvoiceStatus.Pending && !i.IsRedLetter && i.Deadline < today)
            .ToListAsync(ct);
        foreach (var invoice in due) await ledger.AccrueAsync(invoice, today, ct);
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
