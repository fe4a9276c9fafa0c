using DingPlatform.Platform.Events;

// Kept in the root namespace: Billing handles it and imports DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

/// <summary>Published inside the confirming transaction: a handler's writes commit or roll back with the payment.</summary>
[EventName("order.paid")]
public sealed record OrderPaid(Guid OrderId, string OrderNumber, Guid TenantId, string TenantName, decimal Total, PaymentMethod Method,
    string PaymentReference, DateOnly PaidOn, IReadOnlyList<LineDto> Lines) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
