using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Persistence;

/// <summary>One invoice by id, read by the invoice page and its PDF: the tenant's own (the tenant filter
/// applies) or, for staff, any tenant's.</summary>
internal sealed class InvoiceStore(PlatformDbContext db, IDataFilter filter)
{
    public async Task<Invoice> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<Invoice>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new EntityNotFoundException("Invoice", id);

    public async Task<Invoice> GetAnyAsync(Guid id, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await GetAsync(id, ct);
    }
}
