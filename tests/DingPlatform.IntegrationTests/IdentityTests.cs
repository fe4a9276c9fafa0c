using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class IdentityTests(DingApp app) : IClassFixture<DingApp>
{
    [Fact]
    public async Task Password_grant_gives_a_token_that_says_who_the_user_is()
    {
        var client = await app.SignedInAsync(DingApp.DemoTenantAdmin);
        var me = await (await client.GetAsync("/api/me", TestContext.Current.CancellationToken)).JsonAsync();
        me.GetProperty("email").GetString().ShouldBe(DingApp.DemoTenantAdmin);
        me.GetProperty("tenantName").GetString().ShouldBe("北京创联致信科技有限公司");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["TenantAdmin"]);
        me.GetProperty("permissions").EnumerateArray().Select(r => r.GetString()).ShouldContain("Tenants.ApiClients.Manage");
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var refused =
            await Should.ThrowAsync<TokenRefusedException>(() => app.PasswordTokenAsync(DingApp.DemoTenantAdmin, "wrong-password"));
        refused.Error.ShouldBe("invalid_grant");
        (await Should.ThrowAsync<TokenRefusedException>(() => app.PasswordTokenAsync("nobody@example.com")))
            .Description.ShouldBe(refused.Description);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        var tenant = await app.NewTenantAsync();
        for (var i = 0; i < 5; i++)
            await Should.ThrowAsync<TokenRefusedException>(() => app.PasswordTokenAsync(tenant.AdminEmail, "not-the-password"));
        var locked = await Should.ThrowAsync<TokenRefusedException>(() => app.PasswordTokenAsync(tenant.AdminEmail));
        locked.Description.ShouldContain("locked");
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token()
    {
        var first = await app.PasswordTokenAsync(DingApp.ProviderAdmin);
        first.RefreshToken.ShouldNotBeNull();
        var response = await app.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = first.RefreshToken!,
        }), TestContext.Current.CancellationToken);
        var refreshed = TokenResponse.From(await response.JsonAsync());
        var me = await (await app.WithToken(refreshed.AccessToken).GetAsync("/api/me", TestContext.Current.CancellationToken)).JsonAsync();
        me.GetProperty("kind").GetString().ShouldBe("Host");
    }

    [Fact]
    public async Task An_api_client_gets_a_token_with_client_credentials_until_it_is_revoked()
    {
        var tenant = await app.NewTenantAsync();
        var created = await (
            await tenant.Admin.PostAsJsonAsync("/api/tenant/api-clients", new { name = "ERP" }, TestContext.Current.CancellationToken))
            .JsonAsync(201);
        var clientId = created.GetProperty("clientId").GetString()!;
        var secret = created.GetProperty("clientSecret").GetString()!;

        var token = await app.ClientCredentialsTokenAsync(clientId, secret);
        var entitlements = await (await app.WithToken(token.AccessToken)
            .GetAsync("/api/tenant/entitlements", TestContext.Current.CancellationToken)).JsonAsync();
        entitlements.GetProperty("planCode").GetString().ShouldBe("standard");

        var listed = await (await tenant.Admin.GetAsync("/api/tenant/api-clients", TestContext.Current.CancellationToken)).JsonAsync();
        listed.EnumerateArray().Single().TryGetProperty("clientSecret", out _).ShouldBeFalse("the secret is shown once, at creation");

        (await Should.ThrowAsync<TokenRefusedException>(() => app.ClientCredentialsTokenAsync(clientId, secret + "x")))
            .Error.ShouldBe("invalid_client");
        await (await tenant.Admin.DeleteAsync($"/api/tenant/api-clients/{created.GetProperty("id").GetGuid()}",
            TestContext.Current.CancellationToken)).ShouldBeStatus(204);
        await Should.ThrowAsync<TokenRefusedException>(() => app.ClientCredentialsTokenAsync(clientId, secret));
        // The token it already had stops working too.
        await (await app.WithToken(token.AccessToken).GetAsync("/api/tenant/entitlements", TestContext.Current.CancellationToken))
            .ShouldBeStatus(401);
    }

    [Fact]
    public async Task An_integrator_token_cannot_manage_the_tenant()
    {
        var tenant = await app.NewTenantAsync();
        var created = await (
            await tenant.Admin.PostAsJsonAsync("/api/tenant/api-clients", new { name = "bot" }, TestContext.Current.CancellationToken))
            .JsonAsync(201);
        var token = await app.ClientCredentialsTokenAsync(created.GetProperty("clientId").GetString()!,
            created.GetProperty("clientSecret").GetString()!);
        var integrator = app.WithToken(token.AccessToken);
        await (await integrator.GetAsync("/api/tenant/members", TestContext.Current.CancellationToken)).ShouldBeStatus(403);
        await (await integrator.PostAsJsonAsync("/api/tenant/api-clients", new { name = "more" }, TestContext.Current.CancellationToken))
            .ShouldBeStatus(403);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_and_a_forged_token_too()
    {
        await (await app.Anonymous().GetAsync("/api/tenant/profile", TestContext.Current.CancellationToken)).ShouldBeStatus(401);
        var token = (await app.PasswordTokenAsync(DingApp.DemoTenantAdmin)).AccessToken;
        var parts = token.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlDecode(parts[1]))!;
        payload["tenant_id"] = JsonSerializer.SerializeToElement(Guid.NewGuid().ToString());
        var forged = $"{parts[0]}.{Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{parts[2]}";
        await (await app.WithToken(forged).GetAsync("/api/tenant/profile", TestContext.Current.CancellationToken)).ShouldBeStatus(401);
    }

    private static byte[] Base64UrlDecode(string s) =>
        Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    private static string Base64UrlEncode(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Validated tokens are cached for speed; expiry must still win. Its own class: it moves the clock.</summary>
public sealed class TokenExpiryTests(DingApp app) : IClassFixture<DingApp>
{
    [Fact]
    public async Task A_token_that_was_accepted_and_cached_is_refused_once_it_expires()
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await app.SignedInAsync(DingApp.DemoTenantAdmin);
        await (await client.GetAsync("/api/me", ct)).ShouldBeStatus(200);
        await (await client.GetAsync("/api/me", ct)).ShouldBeStatus(200);
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        await (await client.GetAsync("/api/me", ct)).ShouldBeStatus(401);
    }
}
