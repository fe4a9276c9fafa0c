using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DingPlatform.IntegrationTests.TestKit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DingPlatform.IntegrationTests;

/// <summary>Inputs that once crashed the host (issue 9's probe) answer 4xx, on PostgreSQL, with nothing written.</summary>
public sealed class HardeningTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_nul_character_in_a_sign_up_field_is_refused_as_input()
    {
        var email = $"nul-{Guid.NewGuid():N}@example.com";
        var response = await app.Anonymous().PostAsJsonAsync("/api/tenants/sign-up",
            new { companyName = "零\u0000公司", adminName = "管理员", adminEmail = email, adminPassword = DingApp.Password }, Ct);
        var body = await response.JsonAsync(400);
        body.GetProperty("errors").TryGetProperty("companyName", out _).ShouldBeTrue(body.ToString());
        (await app.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "password",
            ["username"] = email,
            ["password"] = DingApp.Password,
            ["scope"] = "api",
        }), Ct)).IsSuccessStatusCode.ShouldBeFalse("nothing was written, so nobody can sign in");
    }

    [Fact]
    public async Task A_nul_character_in_the_token_form_is_an_ordinary_refusal()
    {
        var response = await app.Anonymous().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> {
            ["grant_type"] = "password",
            ["username"] = "a\u0000@example.com",
            ["password"] = "x\u0000",
            ["scope"] = "api",
        }), Ct);
        ((int)response.StatusCode).ShouldBe(400);
    }

    [Fact]
    public async Task A_null_item_in_a_list_is_refused_naming_the_item()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var response = await tenant.Admin.PostAsync("/api/tenant/quotes",
            new StringContent("""{"planCode":"professional","addOns":[null]}""", Encoding.UTF8, "application/json"), Ct);
        var body = await response.JsonAsync(400);
        body.GetProperty("errors").TryGetProperty("addOns[0]", out _).ShouldBeTrue(body.ToString());
    }

    [Fact]
    public async Task An_enum_sent_as_an_integer_is_refused()
    {
        var tenant = await app.NewTenantAsync();
        var verification = JsonSerializer.SerializeToNode(CreditCodes.VerificationBody(tenant.Name))!.AsObject();
        verification["taxpayerType"] = 12345;
        var response = await tenant.Admin.PutAsync("/api/tenant/verification",
            new StringContent(verification.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        var body = await response.JsonAsync(400);
        body.GetProperty("errors").TryGetProperty("taxpayerType", out _).ShouldBeTrue(body.ToString());
    }

    [Fact]
    public async Task A_token_signed_with_the_real_key_but_without_an_expiry_is_refused()
    {
        var tenant = await app.NewTenantAsync();
        var real = (await app.PasswordTokenAsync(tenant.AdminEmail)).AccessToken;
        (await app.WithToken(real).GetAsync("/api/me", Ct)).IsSuccessStatusCode.ShouldBeTrue();

        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(real.Split('.')[1]))!.AsObject();
        claims.Remove("exp");
        claims.Remove("nbf");
        var bearer = app.Service<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var key = bearer.TokenValidationParameters.IssuerSigningKey;
        var forged = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(claims.ToJsonString(),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256), new Dictionary<string, object> { ["typ"] = "at+jwt" });

        ((int)(await app.WithToken(forged).GetAsync("/api/me", Ct)).StatusCode).ShouldBe(401);
    }
}
