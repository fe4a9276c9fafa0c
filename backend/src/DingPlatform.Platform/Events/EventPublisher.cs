using System.Reflection;
using System.Text.Json;
using DingPlatform.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Events;

internal sealed class EventPublisher(PlatformDbContext db, IServiceProvider services, TimeProvider clock) : IEventPublisher
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task PublishAsync<TEvent>(TEvent @event, CancellationToken cancellationToken) where TEvent : IIntegrationEvent
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage {
            Id = Guid.CreateVersion7(),
            Type = NameOf(typeof(TEvent)),
            TenantId = @event.TenantId,
            Payload = JsonSerializer.Serialize(@event, Json),
            OccurredAt = clock.GetUtcNow(),
        });
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
            await handler.HandleAsync(@event, cancellationToken);
    }

    public static string NameOf(Type eventType) => eventType.GetCustomAttribute<EventNameAttribute>()?.Name ?? eventType.Name;
}
