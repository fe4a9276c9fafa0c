using System.Text.Json;

namespace DingPlatform.Platform.Events;

/// <summary>An event written in the transaction of the change that raised it, waiting to go out.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public string Type { get; init; } = "";
    public Guid? TenantId { get; init; }
    public string Payload { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Set once the channels' deliveries were created; the claim that makes fan-out happen once.</summary>
    public DateTimeOffset? FannedOutAt { get; set; }

    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, EventPublisher.Json)!;
}

public enum DeliveryStatus { Pending, Delivered, Failed }

/// <summary>One message to one recipient of one channel (a member's mailbox, a tenant's webhook endpoint).
/// Unique per message, channel and recipient, so nothing is delivered twice to the same place.</summary>
public sealed class OutboxDelivery
{
    public Guid Id { get; init; }
    public Guid MessageId { get; init; }
    public string Channel { get; init; } = "";
    public string Recipient { get; init; } = "";
    public Guid? TenantId { get; init; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>What happened on one try, kept for the console's delivery log and the portal's webhook log.</summary>
public sealed class OutboxAttempt
{
    public Guid Id { get; init; }
    public Guid DeliveryId { get; init; }
    public DateTimeOffset At { get; init; }
    public bool Succeeded { get; init; }
    public int? StatusCode { get; init; }
    public string? Detail { get; init; }
}
