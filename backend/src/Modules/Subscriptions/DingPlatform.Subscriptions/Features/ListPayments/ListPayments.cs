using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.ListPayments;

/// <summary>The console's payments list across tenants, newest first.</summary>
internal sealed class ListPayments(PlatformDbContext db, IDataFilter filter)
{
    public async Task<IReadOnlyList<HostPaymentDto>> ExecuteAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var rows = await (from p in db.Set<Payment>()
                          join o in db.Set<Order>() on p.OrderId equals o.Id
                          select new { p, o.Number, o.TenantName }).AsNoTracking().ToListAsync(ct);
        return rows.OrderByDescending(r => r.p.RecordedAt).Take(500)
            .Select(r => new HostPaymentDto(r.p.Id, r.p.OrderId, r.Number, r.p.TenantId, r.TenantName, r.p.Method, r.p.Amount,
                r.p.Reference, r.p.PaidOn, r.p.RecordedAt))
            .ToList();
    }
}
