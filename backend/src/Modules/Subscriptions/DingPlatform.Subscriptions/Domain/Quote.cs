using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>A priced offer the tenant may accept within its validity; accepting makes the order.</summary>
public sealed class Quote : IMultiTenant
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string? PlanCode { get; private set; }
    public string? PlanName { get; private set; }
    public int? PlanVersion { get; private set; }
    public bool IsRenewal { get; private set; }
    public bool IsReturningCustomer { get; private set; }
    public List<OrderLine> Lines { get; private set; } = [];
    public List<OrderDiscount> Discounts { get; private set; } = [];
    public decimal ListTotal { get; private set; }
    public decimal Total { get; private set; }
    public int BonusMonths { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ValidUntil { get; private set; }
    public Guid? OrderId { get; private set; }

    private Quote() { }

    public static Quote Create(Guid tenantId, string? planCode, string? planName, int? planVersion, bool isRenewal, bool returning,
        PriceResult price, DateTimeOffset now, DateTimeOffset? validUntil = null) => new() {
            TenantId = tenantId,
            PlanCode = planCode,
            PlanName = planName,
            PlanVersion = planVersion,
            IsRenewal = isRenewal,
            IsReturningCustomer = returning,
            Lines = price.Lines.Select(OrderLine.From).ToList(),
            Discounts =
            price.Discounts.Select(d => new OrderDiscount { Code = d.Code, Description = d.Description, Amount = d.Amount }).ToList(),
            ListTotal = price.ListTotal,
            Total = price.Total,
            BonusMonths = price.BonusMonths,
            CreatedAt = now,
            ValidUntil = validUntil ?? now + Validity,
        };

    public void MarkAccepted(Guid orderId, DateTimeOffset now)
    {
        if (OrderId is not null) throw new BusinessException(SubscriptionsErrors.QuoteUsed, "This quote was already accepted.");
        if (now > ValidUntil) throw new BusinessException(SubscriptionsErrors.QuoteExpired, "This quote has expired; ask for a new one.");
        OrderId = orderId;
    }
}
