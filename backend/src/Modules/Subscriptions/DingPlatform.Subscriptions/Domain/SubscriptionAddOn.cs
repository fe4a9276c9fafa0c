namespace DingPlatform.Subscriptions.Domain;

/// <summary>An add-on pack bought with an order: it adds to the entitlement until the subscription ends (§3.1.2).</summary>
public sealed class SubscriptionAddOn
{
    public string Key { get; set; } = "";
    public long Amount { get; set; }
    public Guid OrderId { get; set; }
}
