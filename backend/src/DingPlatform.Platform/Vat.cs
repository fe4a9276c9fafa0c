namespace DingPlatform.Platform;

/// <summary>VAT on tax-inclusive prices (SPEC §3: net = total / 1.06 rounded to fen, tax = total − net).</summary>
/// <remarks>Shared by invoicing (Billing) and the documents that print invoices.</remarks>
public static class Vat
{
    /// <summary>The standard rate for the service (6%).</summary>
    public const decimal StandardRatePercent = 6m;

    /// <summary>Splits a tax-inclusive total into net and tax: 8,820.00 → (8,320.75, 499.25).
    /// Works for negative (red-letter) totals too: the split of −x is the negation of the split of x.</summary>
    public static (decimal Net, decimal Tax) Split(decimal total, decimal ratePercent = StandardRatePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratePercent);
        var net = Math.Round(total / (1m + ratePercent / 100m), 2, MidpointRounding.AwayFromZero);
        return (net, total - net);
    }
}
