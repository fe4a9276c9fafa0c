using DingPlatform.Platform;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Riok.Mapperly.Abstractions;

namespace DingPlatform.Subscriptions.Services;

[Mapper]
internal static partial class SubscriptionMapper
{
    [MapperIgnoreSource(nameof(OrderLine.EntitlementKey))]
    [MapperIgnoreSource(nameof(OrderLine.EntitlementAmount))]
    public static partial LineDto ToDto(this OrderLine line);

    public static partial DiscountDto ToDto(this OrderDiscount discount);

    [MapperIgnoreSource(nameof(Payment.TenantId))]
    [MapperIgnoreSource(nameof(Payment.OrderId))]
    public static partial PaymentDto ToDto(this Payment payment);

    public static partial PromotionDto ToDto(this Promotion promotion);

    [MapperIgnoreSource(nameof(SubscriptionAddOn.OrderId))]
    public static partial SubscriptionAddOnDto ToDto(this SubscriptionAddOn addOn);

    [MapperIgnoreSource(nameof(SubscriptionEvent.Id))]
    [MapperIgnoreSource(nameof(SubscriptionEvent.SubscriptionId))]
    [MapperIgnoreSource(nameof(SubscriptionEvent.TenantId))]
    public static partial SubscriptionEventDto ToDto(this SubscriptionEvent e);

    public static QuoteDto ToDto(this Quote q) => new(
        q.Id, q.PlanCode, q.PlanName, q.PlanVersion, q.IsRenewal, q.IsReturningCustomer,
        q.Lines.Select(l => l.ToDto()).ToList(), q.ListTotal, q.Discounts.Select(d => d.ToDto()).ToList(), q.Total, q.BonusMonths,
        q.CreatedAt, q.ValidUntil);

    public static OrderDto ToDto(this Order o, ProviderProfile provider, IEnumerable<Payment> payments) => new(
        o.Id, o.Number, o.TenantId, o.TenantName, o.Status, o.PlanCode, o.PlanVersion, o.IsRenewal,
        o.Lines.Select(l => l.ToDto()).ToList(), o.ListTotal, o.Discounts.Select(d => d.ToDto()).ToList(), o.Total, o.BonusMonths,
        o.SignedAt, o.DueDate, o.PaidAt,
        new PayeeDto(provider.Name, provider.BankName, provider.BankAccountName, provider.BankAccount),
        payments.Where(p => p.OrderId == o.Id).Select(p => p.ToDto()).ToList(), o.RefundReason);

    public static SubscriptionDto ToDto(this Subscription s, string tenantName, DateOnly today) => new(
        s.Id, s.TenantId, tenantName, s.PlanCode, s.TermOn(today)?.PlanVersion ?? s.Terms.Last().PlanVersion, s.Status,
        s.StartDate, s.EndDate, Math.Max(0, s.EndDate.DayNumber - today.DayNumber),
        s.AddOns.Select(a => a.ToDto()).ToList(),
        s.History.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.ToDto()).ToList());
}
