using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>The agreement (本协议): items, list price, discounts, total and bonus frozen when the tenant
/// accepts. Payment is due within 30 days of signing (§2.2); unpaid it becomes overdue, then lapses.</summary>
public sealed class Order : IMultiTenant
{
    public const int PaymentTermDays = 30;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string TenantName { get; private set; } = "";
    public string Number { get; private set; } = "";
    public OrderStatus Status { get; private set; }
    public string? PlanCode { get; private set; }
    public int? PlanVersion { get; private set; }
    public bool IsRenewal { get; private set; }
    public List<OrderLine> Lines { get; private set; } = [];
    public List<OrderDiscount> Discounts { get; private set; } = [];
    public decimal ListTotal { get; private set; }
    public decimal Total { get; private set; }
    public int BonusMonths { get; private set; }
    public DateTimeOffset SignedAt { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateOnly? ActivationDate { get; private set; }
    public string? RefundReason { get; private set; }

    private Order() { }

    public static Order Sign(Quote quote, string number, string tenantName, DateTimeOffset now, DateOnly today) => new() {
        TenantId = quote.TenantId,
        TenantName = tenantName,
        Number = number,
        Status = OrderStatus.PendingPayment,
        PlanCode = quote.PlanCode,
        PlanVersion = quote.PlanVersion,
        IsRenewal = quote.IsRenewal,
        Lines = quote.Lines.Select(l => new OrderLine {
            Kind = l.Kind,
            Code = l.Code,
            Name = l.Name,
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
            Amount = l.Amount,
            EntitlementKey = l.EntitlementKey,
            EntitlementAmount = l.EntitlementAmount,
        }).ToList(),
        Discounts =
            quote.Discounts.Select(d => new OrderDiscount { Code = d.Code, Description = d.Description, Amount = d.Amount }).ToList(),
        ListTotal = quote.ListTotal,
        Total = quote.Total,
        BonusMonths = quote.BonusMonths,
        SignedAt = now,
        DueDate = today.AddDays(PaymentTermDays),
    };

    public bool IsPayable => Status is OrderStatus.PendingPayment or OrderStatus.Overdue;

    /// <summary>Settles the order. The amount must be the total exactly: partial and excess payments are
    /// refused so nothing is half-paid.</summary>
    public void Pay(decimal amount, DateTimeOffset now, DateOnly activationDate)
    {
        if (Status == OrderStatus.Lapsed)
            throw new BusinessException(SubscriptionsErrors.OrderLapsed,
                $"Order {Number} lapsed unpaid and can no longer be paid; accept a new quote.");
        if (!IsPayable)
            throw new BusinessException(SubscriptionsErrors.OrderAlreadyPaid, $"Order {Number} is {Status}.");
        if (amount != Total)
            throw new BusinessException(SubscriptionsErrors.AmountMismatch,
                    amount < Total ? $"{amount:0.00} CNY is less than the order total {Total:0.00} CNY; partial payments are not accepted."
                                   : $"{amount:0.00} CNY is more than the order total {Total:0.00} CNY; " +
                                     "record the exact amount and return the excess.", 422)
                .WithDetail("expected", Total).WithDetail("field", "amount");
        Status = OrderStatus.Paid;
        PaidAt = now;
        ActivationDate = activationDate;
    }

    /// <summary>A reconciler step: past the due date an unpaid order is overdue; <paramref name="lapseAfterDays"/>
    /// later it lapses. Returns whether anything changed.</summary>
    public bool Age(DateOnly today, int lapseAfterDays)
    {
        var before = Status;
        if (Status == OrderStatus.PendingPayment && today > DueDate) Status = OrderStatus.Overdue;
        if (Status == OrderStatus.Overdue && today > DueDate.AddDays(lapseAfterDays)) Status = OrderStatus.Lapsed;
        return Status != before;
    }

    public void Refund(string reason)
    {
        if (Status != OrderStatus.Paid) throw new BusinessException(SubscriptionsErrors.OrderNotPaid,
            $"Order {Number} is {Status}; only a paid order can be refunded.");
        Status = OrderStatus.Refunded;
        RefundReason = reason.Trim();
    }
}
