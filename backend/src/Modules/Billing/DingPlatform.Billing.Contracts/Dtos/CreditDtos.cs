using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Billing.Contracts.Dtos;

public enum CreditStatus { Owed, AppliedToOrder, PaidOut }

public sealed record CreditDto(
    Guid Id,
    Guid TenantId,
    string TenantName,
    Guid InvoiceId,
    string InvoiceNumber,
    decimal Amount,
    CreditStatus Status,
    string? SettlementNote,
    DateTimeOffset? SettledAt);

public sealed record SettleCreditRequest(
    [property: Required] CreditStatus? Settlement,
    [property: Required, MinLength(2), MaxLength(200)] string Note);
