namespace DingPlatform.Subscriptions.Domain;

/// <summary>Provider settings for the subscription lifecycle (one row).</summary>
public sealed class SubscriptionSettings
{
    public int Id { get; init; } = 1;
    public int LapseAfterOverdueDays { get; set; } = 30;
}
