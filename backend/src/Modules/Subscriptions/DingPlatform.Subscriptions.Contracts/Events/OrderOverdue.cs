using DingPlatform.Platform.Events;

namespace DingPlatform.Subscriptions.Contracts.Events;

/// <summary>§2.2: an order passed its 30-day payment term unpaid. It stays payable until it lapses.</summary>
[EventName("order.overdue")]
public sealed record OrderOverdue(Guid OrderId, string OrderNumber, Guid TenantId, decimal Total, DateOnly DueDate) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
