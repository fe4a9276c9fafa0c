using DingPlatform.Platform;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Usage.Domain;

namespace DingPlatform.UnitTests;

public sealed class PricingTests
{
    private static readonly PricedLine Professional = new(LineKind.Plan, "professional", "专业版", 1, 8820.00m, null, 0);
    private static Promotion Promo(string name, int? bonus = null, decimal? pct = null, bool combinable = false) =>
        Promotion.Create(name, new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 22), true, bonus, pct, null, combinable, true);

    [Fact]
    public void First_year_costs_the_list_price() =>
        Pricing.Price([Professional], returningCustomer: false, []).Total.ShouldBe(8820.00m);

    [Fact]
    public void A_returning_customer_pays_7938()
    {
        var price = Pricing.Price([Professional], returningCustomer: true, []);
        price.Total.ShouldBe(7938.00m);
        price.Discounts.Single().Amount.ShouldBe(882.00m);
    }

    [Fact]
    public void Only_the_best_non_combinable_promotion_applies_plus_every_combinable_one()
    {
        var price = Pricing.Price([Professional], false,
            [Promo("bonus", bonus: 1), Promo("5%", pct: 5), Promo("3% extra", pct: 3, combinable: true)]);
        // 5% (441.00) beats a bonus month in money; then 3% of what is left (8379.00 → 251.37).
        price.Discounts.Select(d => d.Amount).ShouldBe([441.00m, 251.37m]);
        price.Total.ShouldBe(8820.00m - 441.00m - 251.37m);
        price.BonusMonths.ShouldBe(0);
    }

    [Fact]
    public void Percentages_follow_the_returning_discount_and_round_half_away_from_zero()
    {
        var price = Pricing.Price([Professional], true, [Promo("7.5%", pct: 7.5m)]);
        // 7938.00 × 7.5% = 595.35
        price.Discounts.Select(d => d.Amount).ShouldBe([882.00m, 595.35m]);
        price.Total.ShouldBe(7342.65m);
        Money.Fen(0.005m).ShouldBe(0.01m);
        Money.Fen(-0.005m).ShouldBe(-0.01m);
    }

    [Fact]
    public void Add_ons_are_priced_by_quantity_and_never_discounted()
    {
        var pack = new PricedLine(LineKind.AddOn, "members-500", "成员扩容包", 3, 1200m, "members", 1500);
        var price = Pricing.Price([Professional, pack], true, [Promo("5%", pct: 5)]);
        price.ListTotal.ShouldBe(8820m + 3600m);
        price.Total.ShouldBe(7938m - Money.Percent(7938m, 5) + 3600m);
    }

    [Fact]
    public void Promotions_need_a_plan_line()
    {
        var pack = new PricedLine(LineKind.AddOn, "ding-1000", "DING", 1, 300m, "ding", 1000);
        var price = Pricing.Price([pack], false, [Promo("bonus", bonus: 1)]);
        price.BonusMonths.ShouldBe(0);
        price.Total.ShouldBe(300m);
    }
}

public sealed class PromotionWindowTests
{
    [Theory]
    [InlineData("2026-03-22", true)]
    [InlineData("2027-03-22", true)]
    [InlineData("2031-03-22", true)]
    [InlineData("2027-03-21", false)]
    [InlineData("2027-03-23", false)]
    public void The_22_March_promotion_comes_back_every_year(string date, bool open) =>
        Promotion.Create("22 March", new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 22), true, 1, null, null, false, true)
            .IsOpenOn(DateOnly.Parse(date)).ShouldBe(open);

    [Theory]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-02", true)]
    [InlineData("2027-01-04", false)]
    [InlineData("2026-12-27", false)]
    public void A_yearly_window_may_wrap_over_new_year(string date, bool open) =>
        Promotion.Create("New Year", new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 3), true, 1, null, null, false, true)
            .IsOpenOn(DateOnly.Parse(date)).ShouldBe(open);

    [Fact]
    public void An_inactive_or_one_off_promotion_outside_its_window_is_closed()
    {
        Promotion.Create("off", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), false, 1, null, null, false, active: false)
            .IsOpenOn(new DateOnly(2026, 6, 1)).ShouldBeFalse();
        Promotion.Create("once", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), false, 1, null, null, false, true)
            .IsOpenOn(new DateOnly(2027, 1, 15)).ShouldBeFalse();
    }

    [Fact]
    public void A_promotion_must_give_something_and_its_window_must_be_ordered()
    {
        Should.Throw<Platform.Errors.InputException>(
            () => Promotion.Create("x", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), false, null, null, null, false, true))
            .Field.ShouldBe("bonusMonths");
        Should.Throw<Platform.Errors.InputException>(
            () => Promotion.Create("x", new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1), false, 1, null, null, false, true))
            .Field.ShouldBe("windowEnd");
    }
}

public sealed class SubscriptionTermTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_term_is_a_year_from_activation_plus_bonus_and_a_renewal_adds_a_term_from_the_end()
    {
        var s = Subscription.Activate(Guid.NewGuid(), "professional", 1, new DateOnly(2027, 3, 22), 1, Guid.NewGuid(), Now);
        s.EndDate.ShouldBe(new DateOnly(2028, 4, 22));
        s.Extend(2, 0, Guid.NewGuid(), Now);
        s.EndDate.ShouldBe(new DateOnly(2029, 4, 22));
        s.TermOn(new DateOnly(2028, 4, 21))!.PlanVersion.ShouldBe(1);
        s.TermOn(new DateOnly(2028, 4, 22))!.PlanVersion.ShouldBe(2, "the new version applies from the renewal term on");
    }

    [Fact]
    public void February_29_activations_end_on_February_28() =>
        Subscription.TermEnd(new DateOnly(2028, 2, 29), 0).ShouldBe(new DateOnly(2029, 2, 28));

    [Fact]
    public void Expiry_happens_on_the_end_date_once()
    {
        var s = Subscription.Activate(Guid.NewGuid(), "professional", 1, new DateOnly(2027, 1, 10), 0, Guid.NewGuid(), Now);
        s.ExpireIfDue(new DateOnly(2028, 1, 9), Now).ShouldBeFalse();
        s.IsRunningOn(new DateOnly(2028, 1, 9)).ShouldBeTrue();
        s.IsRunningOn(new DateOnly(2028, 1, 10)).ShouldBeFalse();
        s.ExpireIfDue(new DateOnly(2028, 1, 10), Now).ShouldBeTrue();
        s.ExpireIfDue(new DateOnly(2028, 1, 11), Now).ShouldBeFalse();
        s.Status.ShouldBe(SubscriptionStatus.Expired);
    }

    [Fact]
    public void Quota_periods_are_calendar_months_or_the_term_year()
    {
        var s = Subscription.Activate(Guid.NewGuid(), "professional", 1, new DateOnly(2027, 3, 22), 0, Guid.NewGuid(), Now);
        // Usage sees the running term only, as Subscriptions' ISubscriptionTerms gives it.
        var t = s.TermOn(new DateOnly(2027, 5, 31))!;
        var term = new SubscriptionTermDto(t.Start, t.End);
        QuotaPeriods.For(Plans.Contracts.QuotaPeriod.Month, new DateOnly(2027, 5, 31), term)
            .ShouldBe(new QuotaPeriodWindow(new DateOnly(2027, 5, 1), new DateOnly(2027, 6, 1)));
        QuotaPeriods.For(Plans.Contracts.QuotaPeriod.Year, new DateOnly(2027, 5, 31), term)
            .ShouldBe(new QuotaPeriodWindow(new DateOnly(2027, 3, 22), new DateOnly(2028, 3, 22)));
        QuotaPeriods.For(Plans.Contracts.QuotaPeriod.Year, new DateOnly(2027, 5, 31), null)
            .ShouldBe(new QuotaPeriodWindow(new DateOnly(2027, 1, 1), new DateOnly(2028, 1, 1)));
    }
}

public sealed class OrderRulesTests
{
    private static Order NewOrder(DateOnly signed)
    {
        var quote = Quote.Create(Guid.NewGuid(), "professional", "专业版", 1, false, false,
            Pricing.Price([new PricedLine(LineKind.Plan, "professional", "专业版", 1, 8820m, null, 0)], false, []), DateTimeOffset.UtcNow);
        return Order.Sign(quote, "DP2026000001", "甲", DateTimeOffset.UtcNow, signed);
    }

    [Fact]
    public void Payment_is_due_30_days_after_signing_and_ageing_is_idempotent()
    {
        var order = NewOrder(new DateOnly(2026, 1, 1));
        order.DueDate.ShouldBe(new DateOnly(2026, 1, 31));
        order.Age(new DateOnly(2026, 1, 31), 30).ShouldBeFalse();
        order.Age(new DateOnly(2026, 2, 1), 30).ShouldBeTrue();
        order.Age(new DateOnly(2026, 2, 1), 30).ShouldBeFalse();
        order.Status.ShouldBe(OrderStatus.Overdue);
        order.Age(new DateOnly(2026, 3, 3), 30).ShouldBeTrue();
        order.Status.ShouldBe(OrderStatus.Lapsed);
    }

    [Fact]
    public void A_late_run_takes_an_order_straight_to_lapsed()
    {
        var order = NewOrder(new DateOnly(2026, 1, 1));
        order.Age(new DateOnly(2026, 6, 1), 30).ShouldBeTrue();
        order.Status.ShouldBe(OrderStatus.Lapsed);
        Should.Throw<Platform.Errors.BusinessException>(() => order.Pay(8820m, DateTimeOffset.UtcNow, new DateOnly(2026, 6, 1)))
            .Code.ShouldBe(SubscriptionsErrors.OrderLapsed);
    }

    [Theory]
    [InlineData(8819.99)]
    [InlineData(8820.01)]
    public void Only_the_exact_total_pays_an_order(double amount) =>
        Should.Throw<Platform.Errors.BusinessException>(() => NewOrder(new DateOnly(2026, 1, 1))
            .Pay((decimal)amount, DateTimeOffset.UtcNow, new DateOnly(2026, 1, 2)))
            .Code.ShouldBe(SubscriptionsErrors.AmountMismatch);
}
