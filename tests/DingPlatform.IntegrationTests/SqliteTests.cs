using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

/// <summary>The embedded default stays honest: the main paths on SQLite too.</summary>
public sealed class SqliteTests(SqliteDingApp app) : IClassFixture<SqliteDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_up_verification_and_approval_work_on_sqlite()
    {
        var tenant = await app.NewTenantAsync();
        await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("嵌入式公司"), Ct))
            .ShouldBeStatus(200);
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var pending = await (await staff.GetAsync("/api/host/tenants?verificationStatus=Pending&search=测试", Ct)).JsonAsync();
        pending.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(tenant.Id);
        await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/verification/approve", null, Ct)).ShouldBeStatus(200);
        var audit = await (await staff.GetAsync($"/api/host/tenants/{tenant.Id}/audit", Ct)).JsonAsync();
        audit.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Catalog_prices_and_integrator_tokens_work_on_sqlite()
    {
        var comparison = await (await app.Anonymous().GetAsync("/api/catalog/comparison", Ct)).JsonAsync();
        comparison.GetProperty("plans").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "professional")
            .GetProperty("annualPrice").GetDecimal().ShouldBe(8820.00m);
        var tenant = await app.NewTenantAsync();
        var created = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/api-clients", new { name = "erp" }, Ct)).JsonAsync(201);
        var token = await app.ClientCredentialsTokenAsync(created.GetProperty("clientId").GetString()!,
            created.GetProperty("clientSecret").GetString()!);
        await (await app.WithToken(token.AccessToken).GetAsync("/api/tenant/entitlements", Ct)).ShouldBeStatus(200);
    }
}
