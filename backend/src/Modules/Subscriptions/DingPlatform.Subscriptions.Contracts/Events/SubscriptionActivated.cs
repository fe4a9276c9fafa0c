using DingPlatform.Platform.Events;

namespace DingPlatform.Subscriptions.Contracts.Events;

/// <summary>§3.3: a payment started a new subscription (not a renewal of a running one). Published inside the
/// confirming transaction, before <c>order.paid</c>.</summary>
[EventName("subscription.activated")]
public sealed record SubscriptionActivated(
    Guid SubscriptionId,
    Guid TenantId,
    string PlanCode,
    DateOnly StartDate,
    DateOnly EndDate,
    Guid OrderId)
    : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
