using DingPlatform.Platform.Events;
using System.ComponentModel.DataAnnotations;

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

public sealed record PayeeDto(string Name, string BankName, string AccountName, string Account);

public sealed record PaymentDto(Guid Id, PaymentMethod Method, decimal Amount, string Reference, DateOnly PaidOn, DateTimeOffset RecordedAt);

public sealed record OrderDto(
    Guid Id, string Number, Guid TenantId, string TenantName, OrderStatus Status, string? PlanCode, int? PlanVersion, bool IsRenewal,
    IReadOnlyList<LineDto> Lines, decimal ListTotal, IReadOnlyList<DiscountDto> Discounts, decimal Total, int BonusMonths,
    DateTimeOffset SignedAt, DateOnly DueDate, DateTimeOffset? PaidAt, PayeeDto Payee, IReadOnlyList<PaymentDto> Payments, string? RefundReason);

public sealed record RecordBankTransferRequest(
    [property: Range(typeof(decimal), "0.01", "100000000")] decimal Amount,
    [property: Required, MinLength(3), MaxLength(80)] string Reference,
    [property: Required] DateOnly? PaidOn);

public sealed record RefundRequest(
    [property: Required, MinLength(5), MaxLength(500)] string Reason,
    bool ProviderFault);

public sealed record SubscriptionAddOnDto(string Key, long Amount);

public sealed record SubscriptionEventDto(DateTimeOffset At, string Type, string? Detail);

public sealed record SubscriptionDto(
    Guid Id, Guid TenantId, string TenantName, string PlanCode, int PlanVersion, SubscriptionStatus Status,
    DateOnly StartDate, DateOnly EndDate, int DaysLeft, IReadOnlyList<SubscriptionAddOnDto> AddOns, IReadOnlyList<SubscriptionEventDto> History);

public sealed record TenantSubscriptionDto(SubscriptionDto? Current, string EffectivePlanCode, bool IsReturningCustomer, QuoteDto? RenewalOffer);

public sealed record ReasonInput([property: Required, MinLength(2), MaxLength(500)] string Reason);

public sealed record PromotionInput(
    [property: Required, MinLength(2), MaxLength(100)] string Name,
    [property: Required] DateOnly? WindowStart,
    [property: Required] DateOnly? WindowEnd,
    bool RepeatsYearly,
    [property: Range(1, 12)] int? BonusMonths,
    [property: Range(typeof(decimal), "0.01", "100")] decimal? PercentOff,
    [property: MaxLength(40), RegularExpression("^[A-Za-z0-9\\-]{3,40}$", ErrorMessage = "A voucher code is 3–40 letters, digits or dashes.")] string? VoucherCode,
    bool Combinable,
    bool Active);

public sealed record PromotionDto(
    Guid Id, string Name, DateOnly WindowStart, DateOnly WindowEnd, bool RepeatsYearly, int? BonusMonths, decimal? PercentOff,
    string? VoucherCode, bool Combinable, bool Active);

public sealed record SubscriptionSettingsDto([property: Range(1, 365)] int LapseAfterOverdueDays);

public sealed record UsageDto(string Key, string Period, long Used, long Limit, DateOnly PeriodStart, DateOnly PeriodEnd);

public sealed record RecordUsageRequest(
    [property: Required, MaxLength(64)] string Key,
    [property: Range(1, 1_000_000)] long Amount,
    [property: Required, MinLength(1), MaxLength(100)] string IdempotencyKey);

public sealed record UsageRecordedDto(string Key, long Amount, long Used, long Limit, bool Duplicate);

public sealed record NotificationDto(Guid Id, string Kind, string Title, string Body, DateTimeOffset CreatedAt, Guid? QuoteId);

/// <summary>A payment that settles an order, from a bank transfer or a card payment (Billing).</summary>
public sealed record PaymentConfirmation(Guid OrderId, PaymentMethod Method, decimal Amount, string Reference, DateOnly PaidOn);

/// <summary>The one path by which a payment activates what an order sold. Idempotent per (method, reference).</summary>
public interface IPaymentConfirmation
{
    Task<OrderDto> ConfirmAsync(PaymentConfirmation payment, CancellationToken ct);
}

/// <summary>Published inside the confirming transaction: a handler's writes commit or roll back with the payment.</summary>
[EventName("order.paid")]
public sealed record OrderPaid(Guid OrderId, string OrderNumber, Guid TenantId, string TenantName, decimal Total, PaymentMethod Method,
    string PaymentReference, DateOnly PaidOn, IReadOnlyList<LineDto> Lines) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}

/// <summary>Published inside the refund transaction, before it commits: a handler that throws stops the refund.</summary>
[EventName("order.refunded")]
public sealed record OrderRefunded(Guid OrderId, string OrderNumber, Guid TenantId, decimal Total, PaymentMethod Method, string PaymentReference, string Reason)
    : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}

public sealed record HostPaymentDto(Guid Id, Guid OrderId, string OrderNumber, Guid TenantId, string TenantName, PaymentMethod Method, decimal Amount, string Reference, DateOnly PaidOn, DateTimeOffset RecordedAt);

/// <summary>Reads an order as the current tenant may see it (null when it is not theirs).</summary>
public interface IOrderReader
{
    Task<OrderDto?> FindAsync(Guid orderId, CancellationToken ct);
    Task<OrderDto?> FindByNumberAsync(string number, CancellationToken ct);
}
