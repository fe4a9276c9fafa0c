namespace DingPlatform.Subscriptions.Domain;

/// <summary>What <see cref="Pricing"/> decided: lines, list total, discounts in the order applied, total and bonus.</summary>
public sealed record PriceResult(
    IReadOnlyList<PricedLine> Lines,
    decimal ListTotal,
    IReadOnlyList<AppliedDiscount> Discounts,
    decimal Total,
    int BonusMonths,
    IReadOnlyList<Guid> PromotionIds);
