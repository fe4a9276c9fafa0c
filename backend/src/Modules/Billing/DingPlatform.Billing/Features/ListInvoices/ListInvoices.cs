using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ListInvoices;

/// <summary>The portal's invoice list: the tenant's own (the tenant filter applies), newest first.</summary>
internal sealed class ListInvoices(PlatformDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvoiceDto>> ListAsync(CancellationToken ct)
    {
        var today = clock.Today();
        return (await db.Set<Invoice>().AsNoTracking().ToListAsync(ct)).OrderByDescending(i => i.CreatedAt)
            .Select(i => i.ToDto(today)).ToList();
    }
}
