using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Billing.Domain;

/// <summary>A 6% VAT invoice owed for a paid order, due within 5 working days of the payment date; every
/// calendar day past that the provider owes the tenant 0.2% of the total (§2.2 note). The two clauses are
/// <see cref="InvoiceDeadline"/> and <see cref="LateIssuePenalty"/>.</summary>
public sealed class Invoice : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string TenantName { get; private set; } = "";
    public string Number { get; private set; } = "";
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public InvoiceKind Kind { get; private set; }
    public bool IsRedLetter { get; private set; }
    public Guid? ReversesInvoiceId { get; private set; }
    public InvoiceStatus Status { get; private set; }
    public decimal Total { get; private set; }
    public decimal Net { get; private set; }
    public decimal Tax { get; private set; }
    public Buyer Buyer { get; private set; } = new();
    public string LinesJson { get; private set; } = "[]";
    public DateOnly PaymentDate { get; private set; }
    public DateOnly Deadline { get; private set; }
    public int PenaltyDays { get; private set; }
    public decimal PenaltyAccrued { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string? TaxBureauNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private Invoice() { }

    public static Invoice ForPayment(Guid tenantId, string tenantName, string number, Guid orderId, string orderNumber,
        InvoiceKind kind, Buyer buyer,
        decimal total, string linesJson, DateOnly paymentDate, DateOnly deadline, DateTimeOffset now)
    {
        var (net, tax) = Vat.Split(total);
        return new Invoice {
            TenantId = tenantId,
            TenantName = tenantName,
            Number = number,
            OrderId = orderId,
            OrderNumber = orderNumber,
            Kind = kind,
            Buyer = buyer,
            Total = total,
            Net = net,
            Tax = tax,
            LinesJson = linesJson,
            PaymentDate = paymentDate,
            Deadline = deadline,
            Status = InvoiceStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>A red-letter (negative) invoice that reverses an issued one after a refund.</summary>
    public Invoice RedLetter(string number, DateOnly today, DateTimeOffset now)
    {
        Status = InvoiceStatus.Reversed;
        return new Invoice {
            TenantId = TenantId,
            TenantName = TenantName,
            Number = number,
            OrderId = OrderId,
            OrderNumber = OrderNumber,
            Kind = Kind,
            // An owned value belongs to one invoice: the red-letter one gets its own copy.
            Buyer = new Buyer {
                Name = Buyer.Name,
                TaxpayerId = Buyer.TaxpayerId,
                Address = Buyer.Address,
                Phone = Buyer.Phone,
                Bank = Buyer.Bank,
                Account = Buyer.Account
            },
            IsRedLetter = true,
            ReversesInvoiceId = Id,
            Total = -Total,
            Net = -Net,
            Tax = -Tax,
            LinesJson = LinesJson,
            PaymentDate = today,
            Deadline = today,
            Status = InvoiceStatus.Pending,
            CreatedAt = now,
        };
    }

    public decimal DailyPenalty => LateIssuePenalty.PerDay(Total);

    /// <summary>Late days so far: calendar days after the deadline up to <paramref name="today"/> (or the issue
    /// day), each counted once however often this runs. Returns the amount newly accrued.</summary>
    public decimal AccrueUntil(DateOnly today)
    {
        if (IsRedLetter) return 0;
        var last = IssuedOn ?? today;
        var days = LateIssuePenalty.DaysLate(Deadline, last);
        if (Status is InvoiceStatus.Cancelled || days <= PenaltyDays) return 0;
        var added = DailyPenalty * (days - PenaltyDays);
        PenaltyDays = days;
        PenaltyAccrued += added;
        return added;
    }

    public void MarkIssued(string taxBureauNumber, DateOnly issuedOn, DateOnly today)
    {
        if (Status == InvoiceStatus.Issued) throw new BusinessException(BillingErrors.InvoiceAlreadyIssued,
            $"Invoice {Number} was issued on {IssuedOn:yyyy-MM-dd}.");
        if (Status != InvoiceStatus.Pending) throw new BusinessException(BillingErrors.InvoiceNotIssuable,
            $"Invoice {Number} is {Status}.");
        if (issuedOn > today) throw new InputException("issuedOn", "An invoice cannot be issued in the future.");
        if (issuedOn < PaymentDate) throw new InputException("issuedOn", "An invoice cannot be issued before the payment date.");
        TaxBureauNumber = taxBureauNumber.Trim();
        IssuedOn = issuedOn;
        Status = InvoiceStatus.Issued;
    }

    /// <summary>A refund before the invoice was issued: there is nothing to reverse, the invoice is dropped.</summary>
    public void Cancel() => Status = InvoiceStatus.Cancelled;

    public bool IsOverdueOn(DateOnly today) => Status == InvoiceStatus.Pending && !IsRedLetter && today > Deadline;
}
