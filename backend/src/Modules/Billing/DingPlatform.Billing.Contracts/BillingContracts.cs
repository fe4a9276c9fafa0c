using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Billing.Contracts;

public static class BillingPermissions
{
    // Host
    public const string InvoicesManage = "Billing.Invoices.Manage";
    public const string StatementsImport = "Billing.Statements.Import";
    public const string CreditsSettle = "Billing.Credits.Settle";
    // Tenant
    public const string View = "Billing.View";
    public const string Pay = "Billing.Pay";
}

public static class BillingErrors
{
    public const string CardPaymentsDisabled = "Billing:CardPaymentsDisabled";
    public const string OrderNotPayable = "Billing:OrderNotPayable";
    public const string InvoiceAlreadyIssued = "Billing:InvoiceAlreadyIssued";
    public const string InvoiceNotIssuable = "Billing:InvoiceNotIssuable";
    public const string CreditSettled = "Billing:CreditSettled";
    public const string StatementInvalid = "Billing:StatementInvalid";
    public const string LineResolved = "Billing:LineResolved";
    public const string GatewayFailed = "Billing:GatewayFailed";
}

public enum InvoiceKind { Special, Ordinary }

public enum InvoiceStatus { Pending, Issued, Cancelled, Reversed }

public enum CreditStatus { Owed, AppliedToOrder, PaidOut }

public enum StatementLineStatus { Matched, Unmatched, Resolved }

public sealed record BuyerDto(string Name, string? TaxpayerId, string? Address, string? Phone, string? Bank, string? Account);

public sealed record InvoiceDto(
    Guid Id, string Number, Guid TenantId, string TenantName, Guid OrderId, string OrderNumber, InvoiceKind Kind, bool IsRedLetter, Guid? ReversesInvoiceId,
    InvoiceStatus Status, decimal Total, decimal Net, decimal Tax, BuyerDto Buyer, DateOnly PaymentDate, DateOnly Deadline, bool IsOverdue,
    int PenaltyDays, decimal PenaltyAccrued, DateOnly? IssuedOn, string? TaxBureauNumber);

public sealed record IssueInvoiceRequest(
    [property: Required, MinLength(8), MaxLength(40), RegularExpression("^[0-9A-Za-z\\-]+$", ErrorMessage = "The tax-bureau number is digits, letters and dashes.")] string TaxBureauNumber,
    DateOnly? IssuedOn);

public sealed record CreditDto(Guid Id, Guid TenantId, string TenantName, Guid InvoiceId, string InvoiceNumber, decimal Amount, CreditStatus Status, string? SettlementNote, DateTimeOffset? SettledAt);

public sealed record SettleCreditRequest(
    [property: Required] CreditStatus? Settlement,
    [property: Required, MinLength(2), MaxLength(200)] string Note);

public sealed record BillingConfigDto(bool CardPaymentsEnabled);

public sealed record CheckoutRequest([property: Url, MaxLength(500)] string? ReturnUrl);

public sealed record CheckoutDto(string SessionId, string Url, DateTimeOffset ExpiresAt);

public sealed record ImportStatementRequest(
    [property: Required, MinLength(1), MaxLength(200)] string FileName,
    [property: Required, MinLength(1), MaxLength(5_000_000)] string Csv);

public sealed record StatementLineDto(Guid Id, string FileName, int LineNumber, DateOnly Date, decimal Amount, string Memo, string? Payer, string? TransactionId,
    StatementLineStatus Status, string? OrderNumber, string? Note);

public sealed record ImportStatementResult(int Lines, int Matched, int Unmatched, int AlreadyImported, IReadOnlyList<StatementLineDto> Details);

public sealed record ResolveLineRequest([property: Required] Guid? OrderId);
