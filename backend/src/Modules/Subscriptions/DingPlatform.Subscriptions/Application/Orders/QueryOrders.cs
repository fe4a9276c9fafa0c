using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Application.Orders;

/// <summary>Reads for the portal (own tenant, by the query filter) and the console (all tenants, explicitly).</summary>
internal sealed class QueryOrders(PlatformDbContext db, SubscriptionStore store, IDataFilter filter, ITenantsFacade tenants,
    IOptions<ProviderProfile> provider, Plans.Contracts.ITenantPlanResolver resolver, TimeProvider clock) : IOrderReader
{
    public async Task<OrderDto?> FindAsync(Guid orderId, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct) is { } order
            ? order.ToDto(provider.Value, await store.PaymentsForAsync([orderId], ct))
            : null;

    public async Task<OrderDto?> FindByNumberAsync(string number, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking().SingleOrDefaultAsync(o => o.Number == number, ct) is { } order
            ? order.ToDto(provider.Value, await store.PaymentsForAsync([order.Id], ct))
            : null;

    public async Task<IReadOnlyList<OrderDto>> ListAsync(OrderStatus? status, CancellationToken ct)
    {
        var q = db.Set<Order>().AsNoTracking();
        if (status is { } s) q = q.Where(o => o.Status == s);
        var orders = await q.OrderByDescending(o => o.Number).Take(500).ToListAsync(ct);
        var payments = await store.PaymentsForAsync(orders.Select(o => o.Id).ToList(), ct);
        return orders.Select(o => o.ToDto(provider.Value, payments)).ToList();
    }

    public async Task<IReadOnlyList<OrderDto>> ListAllAsync(OrderStatus? status, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await ListAsync(status, ct);
    }

    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct)
    {
        var order = await store.OrderAsync(id, ct);
        return order.ToDto(provider.Value, await store.PaymentsForAsync([id], ct));
    }

    public async Task<OrderDto> GetAnyAsync(Guid id, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await GetAsync(id, ct);
    }

    public async Task<QuoteDto> QuoteAsync(Guid id, CancellationToken ct) =>
        (await db.Set<Quote>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, ct) ?? throw new Platform.Errors.EntityNotFoundException("Quote", id)).ToDto();

    /// <summary>The portal's subscription page: the current subscription, what the tenant runs on, and the
    /// renewal offer from the latest reminder if it can still be accepted.</summary>
    public async Task<TenantSubscriptionDto> TenantViewAsync(CancellationToken ct)
    {
        var tenantId = store.CurrentTenantId;
        var today = clock.Today();
        var subscription = await store.LiveAsync(tenantId, ct) ?? await store.LatestAsync(tenantId, ct);
        var tenant = await tenants.FindAsync(tenantId, ct);
        var now = clock.GetUtcNow();
        var offer = await db.Set<Notification>().AsNoTracking().Where(n => n.QuoteId != null && n.Kind == "RenewalReminder")
            .OrderByDescending(n => n.CreatedAt).Select(n => n.QuoteId).FirstOrDefaultAsync(ct);
        var quote = offer is null ? null : await db.Set<Quote>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == offer && q.OrderId == null, ct);
        if (quote is not null && quote.ValidUntil < now) quote = null;
        var plan = await resolver.ResolveAsync(tenantId, ct);
        return new TenantSubscriptionDto(subscription?.ToDto(tenant?.Name ?? "", today), plan.PlanCode,
            await store.IsReturningCustomerAsync(tenantId, ct), quote?.ToDto());
    }

    /// <summary>The console's payments list, newest first.</summary>
    public async Task<IReadOnlyList<HostPaymentDto>> PaymentsAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var rows = await (from p in db.Set<Payment>()
                          join o in db.Set<Order>() on p.OrderId equals o.Id
                          select new { p, o.Number, o.TenantName }).AsNoTracking().ToListAsync(ct);
        return rows.OrderByDescending(r => r.p.RecordedAt).Take(500)
            .Select(r => new HostPaymentDto(r.p.Id, r.p.OrderId, r.Number, r.p.TenantId, r.TenantName, r.p.Method, r.p.Amount, r.p.Reference, r.p.PaidOn, r.p.RecordedAt))
            .ToList();
    }
}
