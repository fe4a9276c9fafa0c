namespace DingPlatform.Billing.Domain;

/// <summary>A Stripe event, stored once by its id: a redelivery finds it and does nothing.</summary>
public sealed class StripeEventRecord
{
    public string EventId { get; init; } = "";
    public string Type { get; init; } = "";
    public DateTimeOffset ReceivedAt { get; init; }
    public Guid? OrderId { get; init; }
}
