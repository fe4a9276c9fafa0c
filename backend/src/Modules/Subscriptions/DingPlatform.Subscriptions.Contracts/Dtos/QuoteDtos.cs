using System.ComponentModel.DataAnnotations;

// Dtos/ keeps the root namespace: Billing and the tests import DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

public sealed record AddOnSelection(
    [property: Required, MaxLength(40)] string Code,
    [property: Range(1, 100)] int Quantity);

public sealed record CreateQuoteRequest(
    [property: MaxLength(40)] string? PlanCode,
    IReadOnlyList<AddOnSelection>? AddOns,
    [property: MaxLength(40)] string? VoucherCode);

public sealed record LineDto(LineKind Kind, string Code, string Name, int Quantity, decimal UnitPrice, decimal Amount);

public sealed record DiscountDto(string Code, string Description, decimal Amount);

public sealed record QuoteDto(
    Guid Id, string? PlanCode, string? PlanName, int? PlanVersion, bool IsRenewal, bool IsReturningCustomer,
    IReadOnlyList<LineDto> Lines, decimal ListTotal, IReadOnlyList<DiscountDto> Discounts, decimal Total, int BonusMonths,
    DateTimeOffset CreatedAt, DateTimeOffset ValidUntil);
