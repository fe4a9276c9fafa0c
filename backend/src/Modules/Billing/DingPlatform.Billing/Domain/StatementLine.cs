using DingPlatform.Billing.Contracts.Dtos;

namespace DingPlatform.Billing.Domain;

/// <summary>One line of an imported bank statement. Its fingerprint is unique, so importing the same
/// statement again records nothing twice.</summary>
public sealed class StatementLine
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string Fingerprint { get; init; } = "";
    public string FileName { get; init; } = "";
    public int LineNumber { get; init; }
    public DateOnly Date { get; init; }
    public decimal Amount { get; init; }
    public string Memo { get; init; } = "";
    public string? Payer { get; init; }
    public string? TransactionId { get; init; }
    public StatementLineStatus Status { get; set; }
    public Guid? OrderId { get; set; }
    public string? OrderNumber { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset ImportedAt { get; init; }

    /// <summary>The reference a matched line pays with: the bank's own transaction id when the file has one.</summary>
    public string PaymentReference => TransactionId is { Length: > 0 } id ? $"BANK-{id}" : $"STMT-{Fingerprint[..24]}";
}
