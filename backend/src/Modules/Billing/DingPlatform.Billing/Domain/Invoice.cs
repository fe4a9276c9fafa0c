using DingPlatform.Billing.Contracts;
using DingPlatform.Platform;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Billing.Domain;

/// <summary>The buyer as the tenant's invoice profile stood when the invoice was made (§2.2): later profile
/// edits do not change an invoice.</summary>
public sealed class Buyer
{
    public string Name { get; set; } = "";
    public string? TaxpayerId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Bank { get; set; }
    public string? Account { get; set; }
}

/// <summary>A 6% VAT invoice owed for a paid order, due within 5 working days of the payment date; every
/// calendar day past that the provider owes the tenant 0.2% of the total (§2.2 note).</summary>
public sealed class Invoice : IMultiTenant
{
    public const decimal DailyPenaltyPercent = 0.2m;
    public const int WorkingDaysToIssue = 5;

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

    public static Invoice ForPayment(Guid tenantId, string tenantName, string number, Guid orderId, string orderNumber, InvoiceKind kind, Buyer buyer,
        decimal total, string linesJson, DateOnly paymentDate, DateOnly deadline, DateTimeOffset now)
    {
        var (net, tax) = Vat.Split(total);
        return new Invoice
        {
            TenantId = tenantId, TenantName = tenantName, Number = number, OrderId = orderId, OrderNumber = orderNumber, Kind = kind, Buyer = buyer,
            Total = total, Net = net, Tax = tax, LinesJson = linesJson, PaymentDate = paymentDate, Deadline = deadline, Status = InvoiceStatus.Pending, CreatedAt = now,
        };
    }

    /// <summary>A red-letter (negative) invoice that reverses an issued one after a refund.</summary>
    public Invoice RedLetter(string number, DateOnly today, DateTimeOffset now)
    {
        Status = InvoiceStatus.Reversed;
        return new Invoice
        {
            TenantId = TenantId, TenantName = TenantName, Number = number, OrderId = OrderId, OrderNumber = OrderNumber, Kind = Kind,
            // An owned value belongs to one invoice: the red-letter one gets its own copy.
            Buyer = new Buyer { Name = Buyer.Name, TaxpayerId = Buyer.TaxpayerId, Address = Buyer.Address, Phone = Buyer.Phone, Bank = Buyer.Bank, Account = Buyer.Account },
            IsRedLetter = true, ReversesInvoiceId = Id, Total = -Total, Net = -Net, Tax = -Tax, LinesJson = LinesJson,
            PaymentDate = today, Deadline = today, Status = InvoiceStatus.Pending, CreatedAt = now,
        };
    }

    public decimal DailyPenalty => Money.Percent(Math.Abs(Total), DailyPenaltyPercent);

    /// <summary>Late days so far: calendar days after the deadline up to <paramref name="today"/> (or the issue
    /// day), each counted once however often this runs. Returns the amount newly accrued.</summary>
    public decimal AccrueUntil(DateOnly today)
    {
        if (IsRedLetter) return 0;
        var last = IssuedOn ?? today;
        var days = Math.Max(0, last.DayNumber - Deadline.DayNumber);
        if (Status is InvoiceStatus.Cancelled || days <= PenaltyDays) return 0;
        var added = DailyPenalty * (days - PenaltyDays);
        PenaltyDays = days;
        PenaltyAccrued += added;
        return added;
    }

    public void MarkIssued(string taxBureauNumber, DateOnly issuedOn, DateOnly today)
    {
        if (Status == InvoiceStatus.Issued) throw new BusinessException(BillingErrors.InvoiceAlreadyIssued, $"Invoice {Number} was issued on {IssuedOn:yyyy-MM-dd}.");
        if (Status != InvoiceStatus.Pending) throw new BusinessException(BillingErrors.InvoiceNotIssuable, $"Invoice {Number} is {Status}.");
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

/// <summary>What the provider owes a tenant for issuing late, until staff settle it.</summary>
public sealed class Credit : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string TenantName { get; private set; } = "";
    public Guid InvoiceId { get; private set; }
    public string InvoiceNumber { get; private set; } = "";
    public decimal Amount { get; private set; }
    public CreditStatus Status { get; private set; }
    public string? SettlementNote { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }

    private Credit() { }

    public static Credit For(Invoice invoice) => new()
    {
        TenantId = invoice.TenantId, TenantName = invoice.TenantName, InvoiceId = invoice.Id, InvoiceNumber = invoice.Number, Status = CreditStatus.Owed,
    };

    public void Add(decimal amount)
    {
        if (Status != CreditStatus.Owed) throw new InvalidOperationException("A settled credit does not grow; the invoice was issued before settling.");
        Amount += amount;
    }

    public void Settle(CreditStatus settlement, string note, DateTimeOffset now)
    {
        if (Status != CreditStatus.Owed) throw new BusinessException(BillingErrors.CreditSettled, $"This credit was already settled ({Status}).");
        if (settlement == CreditStatus.Owed) throw new InputException("settlement", "Settle as AppliedToOrder or PaidOut.");
        Status = settlement;
        SettlementNote = note.Trim();
        SettledAt = now;
    }
}
