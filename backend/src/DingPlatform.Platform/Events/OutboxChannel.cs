namespace DingPlatform.Platform.Events;

/// <summary>A way out of the building (in-app, mail, webhooks), implemented by the module that owns it.</summary>
public interface IOutboxChannel
{
    /// <summary>Stable name, part of each delivery's identity ("mail", "webhook").</summary>
    string Name { get; }

    /// <summary>Who of this channel gets the message (mailbox ids, endpoint ids); empty when nobody does.
    /// Called once per message, when it is fanned out.</summary>
    Task<IReadOnlyList<string>> RecipientsAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Sends; throws <see cref="DeliveryFailedException"/> (or anything) to have it retried. The
    /// delivery id travels with the message so a receiver can drop a repeat.</summary>
    Task<int?> DeliverAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken);
}

public sealed class DeliveryFailedException(string message, int? statusCode = null) : Exception(message)
{
    public int? StatusCode { get; } = statusCode;
}
