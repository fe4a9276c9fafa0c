using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Shared reads of the module's aggregates.</summary>
internal sealed class SubscriptionStore(PlatformDbContext db, ICurrentTenant currentTenant)
{
    public Guid CurrentTenantId => currentTenant.RequireId();

    /// <summary>The tenant's live (active or suspended) subscription, if any.</summary>
    public Task<Subscription?> LiveAsync(Guid tenantId, CancellationToken ct) =>
        db.Set<Subscription>().Include(s => s.History)
            .Where(s => s.TenantId == tenantId && (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.Suspended))
            .SingleOrDefaultAsync(ct);

    public Task<Subscription?> LatestAsync(Guid tenantId, CancellationToken ct) =>
        db.Set<Subscription>().Include(s => s.History).Where(s => s.TenantId == tenantId)
            .OrderByDescending(s => s.StartDate).FirstOrDefaultAsync(ct);

    /// <summary>A returning customer has held a paid Professional term before (refunded ones do not count).</summary>
    public Task<bool> IsReturningCustomerAsync(Guid tenantId, CancellationToken ct) =>
        db.Set<Subscription>().AnyAsync(s => s.TenantId == tenantId && s.Status != SubscriptionStatus.Refunded, ct);

    public async Task<Order> OrderAsync(Guid id, CancellationToken ct) =>
        await db.Set<Order>().SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new EntityNotFoundException("Order", id);

    public Task<List<Payment>> PaymentsForAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken ct) =>
        db.Set<Payment>().Where(p => orderIds.Contains(p.OrderId)).ToListAsync(ct);

    public async Task<Subscription> SubscriptionAsync(Guid id, CancellationToken ct) =>
        await db.Set<Subscription>().Include(s => s.History).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new EntityNotFoundException("Subscription", id);

    public async Task<SubscriptionSettings> SettingsAsync(CancellationToken ct) =>
        await db.Set<SubscriptionSettings>().SingleOrDefaultAsync(ct) ?? new SubscriptionSettings();
}
