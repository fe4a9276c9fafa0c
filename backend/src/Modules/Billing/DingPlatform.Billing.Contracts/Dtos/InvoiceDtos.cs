using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Billing.Contracts.Dtos;

public enum InvoiceKind { Special, Ordinary }

public enum InvoiceStatus { Pending, Issued, Cancelled, Reversed }

public sealed record BuyerDto(string Name, string? TaxpayerId, string? Address, string? Phone, string? Bank, string? Account);

public sealed record InvoiceDto(
    Guid Id, string Number, Guid TenantId, string TenantName, Guid OrderId, string OrderNumber, InvoiceKind Kind, bool IsRedLetter,
        Guid? ReversesInvoiceId,
    InvoiceStatus Status, decimal Total, decimal Net, decimal Tax, BuyerDto Buyer, DateOnly PaymentDate, DateOnly Deadline, bool IsOverdue,
    int PenaltyDays, decimal PenaltyAccrued, DateOnly? IssuedOn, string? TaxBureauNumber);

public sealed record IssueInvoiceRequest(
    [property: Required, MinLength(8), MaxLength(40),
        RegularExpression("^[0-9A-Za-z\\-]+$",
            ErrorMessage = "The tax-bureau number is digits, letters and dashes.")] string TaxBureauNumber,
    DateOnly? IssuedOn);
