namespace DingPlatform.Platform.Events;

/// <summary>A fact one module tells the others ("an order was paid"). Records in a module's
/// <c>Contracts/Events</c>; published with <see cref="IEventPublisher"/> inside the transaction that made
/// the change.</summary>
public interface IIntegrationEvent
{
    /// <summary>The tenant the fact is about, if any: outgoing channels (mail, webhooks) route by it.</summary>
    Guid? TenantId { get; }
}

/// <summary>The stable name of an event type ("subscriptions.order-paid"): what the outbox stores and
/// what tenants subscribe their webhooks to. Without it the type's name is used.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Another module's reaction, run in the publisher's transaction: it commits or rolls back with
/// the change that raised the event (an invoice is created with the payment, or neither is).</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}

public interface IEventPublisher
{
    /// <summary>Runs every in-process handler now and writes the event to the outbox for the outgoing
    /// channels; both become durable when the caller saves and commits.</summary>
    Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken) where TEvent : IIntegrationEvent;
}
