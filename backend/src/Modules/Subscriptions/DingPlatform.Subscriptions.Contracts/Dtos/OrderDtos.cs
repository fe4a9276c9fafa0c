using System.ComponentModel.DataAnnotations;

// Dtos/ keeps the root namespace: Billing and the tests import DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

public sealed record PayeeDto(string Name, string BankName, string AccountName, string Account);

public sealed record PaymentDto(
    Guid Id,
    PaymentMethod Method,
    decimal Amount,
    string Reference,
    DateOnly PaidOn,
    DateTimeOffset RecordedAt);

public sealed record OrderDto(
    Guid Id, string Number, Guid TenantId, string TenantName, OrderStatus Status, string? PlanCode, int? PlanVersion, bool IsRenewal,
    IReadOnlyList<LineDto> Lines, decimal ListTotal, IReadOnlyList<DiscountDto> Discounts, decimal Total, int BonusMonths,
    DateTimeOffset SignedAt, DateOnly DueDate, DateTimeOffset? PaidAt, PayeeDto Payee, IReadOnlyList<PaymentDto> Payments,
        string? RefundReason);

public sealed record RecordBankTransferRequest(
    [property: Range(typeof(decimal), "0.01", "100000000")] decimal Amount,
    [property: Required, MinLength(3), MaxLength(80)] string Reference,
    [property: Required] DateOnly? PaidOn);

public sealed record RefundRequest(
    [property: Required, MinLength(5), MaxLength(500)] string Reason,
    bool ProviderFault);

public sealed record HostPaymentDto(
    Guid Id,
    Guid OrderId,
    string OrderNumber,
    Guid TenantId,
    string TenantName,
    PaymentMethod Method,
    decimal Amount,
    string Reference,
    DateOnly PaidOn,
    DateTimeOffset RecordedAt);

/// <summary>A payment that settles an order, from a bank transfer or a card payment (Billing).</summary>
public sealed record PaymentConfirmation(Guid OrderId, PaymentMethod Method, decimal Amount, string Reference, DateOnly PaidOn);
