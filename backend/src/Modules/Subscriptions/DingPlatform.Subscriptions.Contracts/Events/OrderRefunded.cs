using DingPlatform.Platform.Events;

// Kept in the root namespace: Billing handles it and imports DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

/// <summary>Published inside the refund transaction, before it commits: a handler that throws stops the refund.</summary>
[EventName("order.refunded")]
public sealed record OrderRefunded(
    Guid OrderId,
    string OrderNumber,
    Guid TenantId,
    decimal Total,
    PaymentMethod Method,
    string PaymentReference,
    string Reason)
    : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
