using DingPlatform.Platform;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>A line to price: what is sold, at what unit price, and what it adds to the entitlements.</summary>
public sealed record PricedLine(
    LineKind Kind,
    string Code,
    string Name,
    int Quantity,
    decimal UnitPrice,
    string? EntitlementKey,
    long EntitlementAmount)
{
    public decimal Amount => Money.Fen(UnitPrice * Quantity);
}
