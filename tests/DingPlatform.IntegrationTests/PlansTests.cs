using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class PlansTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_public_catalog_compares_standard_with_professional_at_8820_a_year()
    {
        var comparison = await (await app.Anonymous().GetAsync("/api/catalog/comparison", Ct)).JsonAsync();
        var plans = comparison.GetProperty("plans").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("annualPrice").GetDecimal());
        plans["professional"].ShouldBe(8820.00m);
        plans["standard"].ShouldBe(0m);

        var rows = comparison.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Value(rows["members"], "professional").GetProperty("amount").GetInt64().ShouldBe(2000);
        Value(rows["api.rate"], "professional").GetProperty("amount").GetInt64().ShouldBe(40);
        Value(rows["api.calls"], "professional").GetProperty("period").GetString().ShouldBe("Month");
        Value(rows["api.calls"], "professional").GetProperty("amount").GetInt64().ShouldBe(500_000);
        Value(rows["ding"], "professional").GetProperty("period").GetString().ShouldBe("Year");
        Value(rows["phone-conference"], "professional").GetProperty("amount").GetInt64().ShouldBe(5000);
        Value(rows["chat.retention"], "professional").GetProperty("amount").GetInt64().ShouldBe(730);
        Value(rows["group.confidential"], "professional").GetProperty("enabled").GetBoolean().ShouldBeTrue();
        Value(rows["group.confidential"], "standard").GetProperty("enabled").GetBoolean().ShouldBeFalse();
        Value(rows["members"], "standard").GetProperty("amount").GetInt64().ShouldBe(500);

        var addOns = await (await app.Anonymous().GetAsync("/api/catalog/addons", Ct)).JsonAsync();
        addOns.EnumerateArray().Select(a => a.GetProperty("entitlementKey").GetString())
            .ShouldBe(["ding", "members", "phone-conference", "storage"], ignoreOrder: true);
    }

    private static JsonElement Value(JsonElement row, string plan) => row.GetProperty("values").GetProperty(plan);

    [Fact]
    public async Task An_edit_makes_a_new_version_and_keeps_the_old_one()
    {
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var pro = await ProfessionalAsync(staff);
        var before = pro.GetProperty("version").GetInt32();
        var entitlements = JsonSerializer.Deserialize<List<object>>(pro.GetProperty("entitlements").GetRawText())!;
        var updated = await (
            await staff.PutAsJsonAsync("/api/host/plans/professional",
                new { name = "专业版 Professional", annualPrice = 8820.00m, entitlements }, Ct)).JsonAsync();
        updated.GetProperty("version").GetInt32().ShouldBe(before + 1);
        updated.GetProperty("versions").GetArrayLength().ShouldBe(before + 1);
        updated.GetProperty("versions").EnumerateArray().Last().GetProperty("version").GetInt32().ShouldBe(1);
        (await app.DbAsync(db => Task.FromResult(db.Set<Plans.Domain.PlanVersion>().Count(v => v.PlanCode == "professional"))))
            .ShouldBe(before + 1);
    }

    [Fact]
    public async Task Bad_entitlements_are_refused_naming_the_field_and_nothing_changes()
    {
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var version = (await ProfessionalAsync(staff)).GetProperty("version").GetInt32();

        var negative = new { name = "x", annualPrice = 1m, entitlements = new[] { new { key = "members", kind = "Limit", amount = -5 } } };
        (await (await staff.PutAsJsonAsync("/api/host/plans/professional", negative, Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["entitlements[0].amount"]);

        var quotaWithoutPeriod =
            new { name = "x", annualPrice = 1m, entitlements = new[] { new { key = "ding", kind = "Quota", amount = 5 } } };
        (await (await staff.PutAsJsonAsync("/api/host/plans/professional", quotaWithoutPeriod, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["entitlements[ding].period"]);

        var outOfRange = new StringContent("""{"name":"x","annualPrice":1e400,"entitlements":[]}""", Encoding.UTF8, "application/json");
        (await (await staff.PutAsync("/api/host/plans/professional", outOfRange, Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["annualPrice"]);

        var wrongKind = new StringContent("""{"name":"x","annualPrice":1,"entitlements":[{"key":"members","kind":"Bogus","amount":1}]}""",
            Encoding.UTF8, "application/json");
        (await (await staff.PutAsync("/api/host/plans/professional", wrongKind, Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["entitlements[0].kind"]);

        var fractionOfAFen =
            new { name = "x", annualPrice = 1.001m, entitlements = new[] { new { key = "members", kind = "Limit", amount = 5 } } };
        (await (await staff.PutAsJsonAsync("/api/host/plans/professional", fractionOfAFen, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["annualPrice"]);

        (await ProfessionalAsync(staff)).GetProperty("version").GetInt32().ShouldBe(version);
    }

    [Fact]
    public async Task Only_provider_admins_edit_plans()
    {
        var billing = await app.SignedInAsync("billing@dingplatform.local");
        await (await billing.GetAsync("/api/host/plans", Ct)).ShouldBeStatus(403);
        var tenant = await app.SignedInAsync(DingApp.DemoTenantAdmin);
        await (await tenant.PutAsJsonAsync("/api/host/plans/professional",
            new { name = "x", annualPrice = 1, entitlements = Array.Empty<object>() }, Ct)).ShouldBeStatus(403);
    }

    [Fact]
    public async Task A_tenant_reads_its_effective_entitlements_and_an_unknown_plan_is_404()
    {
        var tenant = await app.NewTenantAsync();
        var effective = await (await tenant.Admin.GetAsync("/api/tenant/entitlements", Ct)).JsonAsync();
        effective.GetProperty("planCode").GetString().ShouldBe("standard");
        effective.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("key").GetString() == "api.rate")
            .GetProperty("amount").GetInt64().ShouldBe(10);

        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await staff.PutAsJsonAsync("/api/host/plans/gold",
            new { name = "x", annualPrice = 1, entitlements = new[] { new { key = "members", kind = "Limit", amount = 1 } } }, Ct))
            .ShouldBeProblem(404, "Plans:PlanNotFound");
    }

    private static async Task<JsonElement> ProfessionalAsync(HttpClient staff) =>
        (await (await staff.GetAsync("/api/host/plans", Ct)).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "professional");
}
