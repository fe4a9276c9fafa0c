using DingPlatform.Platform.Data;

namespace DingPlatform.Billing.Persistence;

/// <summary>Invoice numbers (INV2026000001) run per year without gaps, blue and red-letter invoices alike.</summary>
internal static class InvoiceNumbers
{
    /// <summary>Taken in the caller's transaction (see <see cref="Sequences"/>), so a rolled-back payment or
    /// refund leaves no gap.</summary>
    public static async Task<string> NextAsync(Sequences sequences, int year, CancellationToken ct) =>
        $"INV{year}{await sequences.NextAsync($"invoice-{year}", ct):D6}";
}
