using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace DingPlatform.Subscriptions.Features.ManageSubscriptions;

/// <summary>§3.6: when a tenant's verification is revoked, provider staff may suspend the subscription
/// (Standard entitlements meanwhile) or terminate it; reinstating needs no condition.</summary>
internal sealed class ManageSubscriptions(PlatformDbContext db, SubscriptionStore store, IDataFilter filter, ITenantsFacade tenants,
    IAuditLog audit, IMemoryCache cache, TimeProvider clock)
{
    public Task<SubscriptionDto> SuspendAsync(Guid id, string reason, CancellationToken ct) =>
        ChangeAsync(id, requireRevoked: true, "Subscription.Suspended", reason, (s, now) => s.Suspend(reason, now), ct);

    public Task<SubscriptionDto> TerminateAsync(Guid id, string reason, CancellationToken ct) =>
        ChangeAsync(id, requireRevoked: true, "Subscription.Terminated", reason, (s, now) => s.Terminate(reason, now), ct);

    public Task<SubscriptionDto> ReinstateAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, requireRevoked: false, "Subscription.Reinstated", null, (s, now) => s.Reinstate(now), ct);

    private async Task<SubscriptionDto> ChangeAsync(Guid id, bool requireRevoked, string action, string? detail,
        Action<Subscription, DateTimeOffset> change, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var subscription = await store.SubscriptionAsync(id, ct);
        var tenant = await tenants.FindAsync(subscription.TenantId, ct)
            ?? throw new EntityNotFoundException("Tenant", subscription.TenantId);
        if (requireRevoked && tenant.VerificationStatus != VerificationStatus.Revoked)
            throw new BusinessException(SubscriptionsErrors.VerificationNotRevoked,
                "Suspension or termination follows a revoked verification (§3.6); revoke it first.");
        change(subscription, clock.GetUtcNow());
        audit.Record(subscription.TenantId, action, detail);
        await db.SaveChangesAsync(ct);
        SubscriptionPlanResolver.Forget(cache, subscription.TenantId);
        return subscription.ToDto(tenant.Name, clock.Today());
    }
}
