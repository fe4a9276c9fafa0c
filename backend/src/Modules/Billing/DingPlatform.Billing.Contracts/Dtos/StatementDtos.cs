using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Billing.Contracts.Dtos;

public enum StatementLineStatus { Matched, Unmatched, Resolved }

public sealed record ImportStatementRequest(
    [property: Required, MinLength(1), MaxLength(200)] string FileName,
    [property: Required, MinLength(1), MaxLength(5_000_000)] string Csv);

public sealed record StatementLineDto(
    Guid Id,
    string FileName,
    int LineNumber,
    DateOnly Date,
    decimal Amount,
    string Memo,
    string? Payer,
    string? TransactionId,
    StatementLineStatus Status, string? OrderNumber, string? Note);

public sealed record ImportStatementResult(
    int Lines,
    int Matched,
    int Unmatched,
    int AlreadyImported,
    IReadOnlyList<StatementLineDto> Details);

public sealed record ResolveLineRequest([property: Required] Guid? OrderId);
