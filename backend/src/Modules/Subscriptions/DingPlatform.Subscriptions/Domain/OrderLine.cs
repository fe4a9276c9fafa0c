using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>One line of a quote or order, frozen with its price and what it adds.</summary>
public sealed class OrderLine
{
    public LineKind Kind { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Amount { get; set; }
    public string? EntitlementKey { get; set; }
    public long EntitlementAmount { get; set; }

    public static OrderLine From(PricedLine l) => new() {
        Kind = l.Kind,
        Code = l.Code,
        Name = l.Name,
        Quantity = l.Quantity,
        UnitPrice = l.UnitPrice,
        Amount = l.Amount,
        EntitlementKey = l.EntitlementKey,
        EntitlementAmount = l.EntitlementAmount,
    };
}
