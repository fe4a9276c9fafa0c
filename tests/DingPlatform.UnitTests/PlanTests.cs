using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Domain;
using DingPlatform.Plans.Seed;

namespace DingPlatform.UnitTests;

public sealed class PlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 22, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Professional_is_seeded_at_8820_with_appendix_1s_entitlements()
    {
        var pro = Plan.Create("professional", false, 1, "专业版", 8820.00m, PlansSeed.Professional(), Now).Current;
        pro.AnnualPrice.ShouldBe(8820.00m);
        var e = pro.Entitlements.ToDictionary(x => x.Key);
        e["members"].Amount.ShouldBe(2000);
        e["storage"].Amount.ShouldBe(1024);
        e["api.rate"].Kind.ShouldBe(EntitlementKind.Rate);
        e["api.rate"].Amount.ShouldBe(40);
        e["api.calls"].Period.ShouldBe(QuotaPeriod.Month);
        e["connector.flows"].Amount.ShouldBe(300_000);
        e["api.app-ding"].Period.ShouldBe(QuotaPeriod.Year);
        e["ding"].Amount.ShouldBe(1000);
        e["phone-conference"].Amount.ShouldBe(5000);
        e["chat.retention"].Amount.ShouldBe(730);
        e["video.rooms"].Amount.ShouldBe(5);
        e["live.rooms"].Amount.ShouldBe(3);
        e["devices"].Amount.ShouldBe(5);
        e.Keys.Where(k => k.StartsWith("data.recovery.")).Count().ShouldBe(4);
        e["workbench.custom"].Enabled.ShouldBe(true);
    }

    [Fact]
    public void Standard_has_every_key_professional_has()
    {
        PlansSeed.Standard().Select(e => e.Key).Order().ShouldBe(PlansSeed.Professional().Select(e => e.Key).Order());
        PlansSeed.Standard().Where(e => e.Kind == EntitlementKind.Switch).ShouldAllBe(e => e.Enabled == false);
    }

    [Fact]
    public void Revising_makes_a_new_version_and_leaves_the_sold_one_untouched()
    {
        var plan = Plan.Create("professional", false, 1, "专业版", 8820m, PlansSeed.Professional(), Now);
        var first = plan.Current;
        plan.Revise("专业版", 9000m, [Entitlement.Limit("members", 3000)], Now.AddDays(1));
        plan.CurrentVersion.ShouldBe(2);
        plan.Current.AnnualPrice.ShouldBe(9000m);
        first.AnnualPrice.ShouldBe(8820m);
        first.Entitlements.Single(e => e.Key == "members").Amount.ShouldBe(2000);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10.001)]
    public void A_price_is_zero_or_more_in_whole_fen(double price) =>
        Should.Throw<InputException>(() => Plan.Create("p", false, 0, "p", (decimal)price, [], Now)).Field.ShouldBe("annualPrice");

    [Fact]
    public void A_free_plan_has_no_price() =>
        Should.Throw<InputException>(() => Plan.Create("standard", true, 0, "s", 1m, [], Now)).Field.ShouldBe("annualPrice");

    [Fact]
    public void An_entitlement_listed_twice_is_refused() =>
        Should.Throw<InputException>(
            () => Plan.Create("p", false, 0, "p", 1m, [Entitlement.Limit("members", 1), Entitlement.Limit("members", 2)], Now))
            .Message.ShouldContain("'members' is listed twice");

    [Fact]
    public void Each_kind_needs_its_own_value()
    {
        Should.Throw<InputException>(() => Entitlement.Create("x", EntitlementKind.Switch, null, null, null, null, null))
            .Field.ShouldEndWith(".enabled");
        Should.Throw<InputException>(() => Entitlement.Create("x", EntitlementKind.Quota, null, 5, null, null, null))
            .Field.ShouldEndWith(".period");
        Should.Throw<InputException>(() => Entitlement.Create("x", EntitlementKind.Limit, null, -1, null, null, null))
            .Field.ShouldEndWith(".amount");
        Should.Throw<InputException>(() => Entitlement.Create("x", EntitlementKind.Rate, null, null, null, null, null))
            .Field.ShouldEndWith(".amount");
        // Values a kind does not use are dropped rather than stored.
        var limit = Entitlement.Create("x", EntitlementKind.Limit, true, 5, null, QuotaPeriod.Month, null);
        limit.Enabled.ShouldBeNull();
        limit.Period.ShouldBeNull();
    }
}
