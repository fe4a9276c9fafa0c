using DingPlatform.Platform;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>The contract's price rules: list price from the plan version, then 10% off the plan for a
/// returning customer (§2.1 note), then promotions — the best single non-combinable one plus every
/// combinable one. Percentages apply in that order to what is left of the plan line, each rounded to fen.</summary>
public static class Pricing
{
    public const decimal ReturningCustomerPercent = 10m;

    public static PriceResult Price(IReadOnlyList<PricedLine> lines, bool returningCustomer, IEnumerable<Promotion> openPromotions)
    {
        var listTotal = lines.Sum(l => l.Amount);
        var plan = lines.FirstOrDefault(l => l.Kind == LineKind.Plan);
        var discounts = new List<AppliedDiscount>();
        var planRemaining = plan?.Amount ?? 0m;

        if (plan is not null && returningCustomer)
        {
            var amount = Money.Percent(planRemaining, ReturningCustomerPercent);
            discounts.Add(new AppliedDiscount("returning-customer", "老客户续费 9 折 Returning customer: 10% off", amount));
            planRemaining -= amount;
        }

        var chosen = new List<Promotion>();
        if (plan is not null)
        {
            var open = openPromotions.ToList();
            var best = open.Where(p => !p.Combinable)
                .OrderByDescending(p => p.PercentOff is { } pct ? Money.Percent(planRemaining, pct) : 0m)
                .ThenByDescending(p => p.BonusMonths ?? 0)
                .FirstOrDefault();
            if (best is not null) chosen.Add(best);
            chosen.AddRange(open.Where(p => p.Combinable));
        }

        var bonus = 0;
        foreach (var promotion in chosen)
        {
            if (promotion.PercentOff is { } pct)
            {
                var amount = Money.Percent(planRemaining, pct);
                discounts.Add(new AppliedDiscount("promotion", $"{promotion.Name}: {pct:0.##}% off", amount));
                planRemaining -= amount;
            }
            if (promotion.BonusMonths is { } months)
            {
                bonus += months;
                discounts.Add(new AppliedDiscount("promotion-bonus", $"{promotion.Name}: +{months} month(s)", 0m));
            }
        }

        var total = listTotal - discounts.Sum(d => d.Amount);
        return new PriceResult(lines, listTotal, discounts, total, bonus, chosen.Select(p => p.Id).ToList());
    }
}
