using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ListCredits;

/// <summary>Late-issue credits: a tenant sees its own, staff see every tenant's (to settle them).</summary>
internal sealed class ListCredits(PlatformDbContext db, IDataFilter filter)
{
    public async Task<IReadOnlyList<CreditDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<Credit>().AsNoTracking().ToListAsync(ct)).OrderBy(c => c.Status).ThenBy(c => c.InvoiceNumber)
            .Select(c => c.ToDto()).ToList();

    public async Task<IReadOnlyList<CreditDto>> ListAllAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await ListAsync(ct);
    }
}
