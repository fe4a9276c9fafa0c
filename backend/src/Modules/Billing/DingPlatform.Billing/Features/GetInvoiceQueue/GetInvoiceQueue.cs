using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.GetInvoiceQueue;

/// <summary>The console's invoice queue: all tenants, optionally one status, ordered by what to issue next.</summary>
internal sealed class GetInvoiceQueue(PlatformDbContext db, IDataFilter filter, TimeProvider clock)
{
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
}
