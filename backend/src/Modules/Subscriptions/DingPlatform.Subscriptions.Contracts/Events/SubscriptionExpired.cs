using DingPlatform.Platform.Events;

namespace DingPlatform.Subscriptions.Contracts.Events;

/// <summary>§3.1.5: the subscription reached its end date; the tenant is back on Standard.</summary>
[EventName("subscription.expired")]
public sealed record SubscriptionExpired(Guid SubscriptionId, Guid TenantId, string PlanCode, DateOnly EndDate) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
