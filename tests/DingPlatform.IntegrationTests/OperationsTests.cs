using System.Text.Json;
using System.Text.Json.Nodes;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class OperationsTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Liveness_and_readiness_answer()
    {
        await (await app.Anonymous().GetAsync("/health/live", Ct)).ShouldBeStatus(200);
        (await (await app.Anonymous().GetAsync("/health/ready", Ct)).Content.ReadAsStringAsync(Ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_committed_openapi_document_that_the_spa_client_is_generated_from_is_current()
    {
        var live = JsonNode.Parse(await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).Content.ReadAsStringAsync(Ct))!;
        var file = Path.Combine(RepoRoot(), "frontend-angular", "openapi.json");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
        // Servers depend on where the host listens; everything else must match.
        live.AsObject().Remove("servers");
        committed.AsObject().Remove("servers");
        JsonNode.DeepEquals(live, committed)
            .ShouldBeTrue("frontend-angular/openapi.json is stale: run etc/openapi.sh and regenerate the SPA client (npm run api:gen).");
    }

    [Fact]
    public async Task The_jobs_dashboard_opens_for_provider_admins_only()
    {
        var admin = (await app.PasswordTokenAsync(DingApp.ProviderAdmin)).AccessToken;
        var opened = await app.Anonymous().GetAsync($"/hangfire?access_token={admin}", Ct);
        await opened.ShouldBeStatus(200);
        opened.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("ding_hangfire="));

        var billing = (await app.PasswordTokenAsync("billing@dingplatform.local")).AccessToken;
        ((int)(await app.Anonymous().GetAsync($"/hangfire?access_token={billing}", Ct)).StatusCode).ShouldBeOneOf(401, 403);
        ((int)(await app.Anonymous().GetAsync("/hangfire", Ct)).StatusCode).ShouldBeOneOf(401, 403);
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        await (await app.Anonymous().GetAsync("/scalar/v1", Ct)).ShouldBeStatus(200);
        var doc = await (await app.Anonymous().GetAsync("/openapi/v1.json", Ct)).JsonAsync();
        doc.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DingPlatform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
