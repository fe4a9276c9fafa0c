using DingPlatform.Platform.Events;

namespace DingPlatform.Subscriptions.Contracts.Events;

/// <summary>§2.2: an overdue order passed the provider's lapse period and can no longer be paid.</summary>
[EventName("order.lapsed")]
public sealed record OrderLapsed(Guid OrderId, string OrderNumber, Guid TenantId, decimal Total, DateOnly DueDate) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
