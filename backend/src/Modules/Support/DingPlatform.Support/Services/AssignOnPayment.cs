using DingPlatform.Platform.Events;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Support.Features.AccountManagers;
using DingPlatform.Support.Features.OpenTicket;

namespace DingPlatform.Support.Services;

/// <summary>A paid order that activates (or renews) a plan with the <c>support.online</c> switch — Professional —
/// gives the tenant its dedicated account manager if it has none yet. Runs inside the payment's
/// transaction: the assignment commits with the payment or not at all. Decided from the order's plan line
/// and that plan's current entitlements in the catalog, because the tenant's own effective entitlements
/// are not yet visible inside the transaction that activates them.</summary>
internal sealed class AssignOnPayment(IPlanCatalog catalog, AccountManagers accountManagers) : IIntegrationEventHandler<OrderPaid>
{
    public async Task HandleAsync(OrderPaid paid, CancellationToken ct)
    {
        foreach (var line in paid.Lines.Where(l => l.Kind == LineKind.Plan))
        {
            if (await catalog.FindCurrentAsync(line.Code, ct) is not { } plan) continue;
            var entitlements = await catalog.EntitlementsAsync(plan.Code, plan.Version, ct);
            if (!entitlements.Any(e => e.Key == OpenTicket.SupportOnline && e.Kind == EntitlementKind.Switch
                && e.Enabled == true)) continue;
            await accountManagers.AssignOnActivationAsync(paid.TenantId, ct);
            return;
        }
    }
}
