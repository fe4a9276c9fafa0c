using DingPlatform.Notifications.Contracts;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.GetTenantSubscription;

/// <summary>The portal's subscription page: the current subscription, what the tenant runs on, and the
/// renewal offer from the latest reminder if it can still be accepted.</summary>
internal sealed class GetTenantSubscription(PlatformDbContext db, SubscriptionStore store, ITenantsFacade tenants, INotificationInbox inbox,
    ITenantPlanResolver resolver, TimeProvider clock)
{
    public async Task<TenantSubscriptionDto> ExecuteAsync(CancellationToken ct)
    {
        var tenantId = store.CurrentTenantId;
        var today = clock.Today();
        var subscription = await store.LiveAsync(tenantId, ct) ?? await store.LatestAsync(tenantId, ct);
        var tenant = await tenants.FindAsync(tenantId, ct);
        var now = clock.GetUtcNow();
        // The reminder (a notification) carries the offer; the quote itself is ours.
        var offer = await inbox.LatestQuoteIdAsync(NotificationKinds.RenewalReminder, ct);
        var quote = offer is null ? null : await db.Set<Quote>().AsNoTracking()
            .SingleOrDefaultAsync(q => q.Id == offer && q.OrderId == null, ct);
        if (quote is not null && quote.ValidUntil < now) quote = null;
        var plan = await resolver.ResolveAsync(tenantId, ct);
        return new TenantSubscriptionDto(subscription?.ToDto(tenant?.Name ?? "", today), plan.PlanCode,
            await store.IsReturningCustomerAsync(tenantId, ct), quote?.ToDto());
    }
}
