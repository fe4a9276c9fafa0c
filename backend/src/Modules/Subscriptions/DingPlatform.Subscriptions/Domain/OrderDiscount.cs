namespace DingPlatform.Subscriptions.Domain;

/// <summary>One discount of a quote or order, frozen with its amount and the reason shown to the tenant.</summary>
public sealed class OrderDiscount
{
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Amount { get; set; }
}
