using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.IntegrationTests.Walk;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.IntegrationTests;

/// <summary>Walks every endpoint the host maps, so endpoints that later modules add are covered without
/// anyone remembering to add a test: isolation (another tenant's token finds nothing), permissions
/// (the wrong side's token is refused), and bad input (400 naming the problem, nothing written).</summary>
public sealed class SecurityWalkTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>How to make a tenant-owned resource of each kind named by <see cref="TenantResourceAttribute"/>,
    /// and how to see that it is still there: every <see cref="IWalkResources"/> in this assembly (one file per
    /// module under Walk/). A new kind without an entry fails the walk.</summary>
    private Dictionary<string, WalkResource> Resources => IWalkResources.All(app);

    private List<RouteEndpoint> ApiEndpoints() =>
        app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)).ToList();

    private static string Method(RouteEndpoint e) => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Single();

    private static string Fill(RouteEndpoint e, Guid id) =>
        "/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{id:guid}", id.ToString()).Replace("{code}", "professional")
            .Replace("{id}", id.ToString());

    [Fact]
    public void Every_api_endpoint_requires_a_permission_or_is_explicitly_open()
    {
        PlatformApplication.FindUnsecuredEndpoints(app.Service<EndpointDataSource>()).ShouldBeEmpty();
        ApiEndpoints().Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Another_tenants_token_finds_nothing_on_any_tenant_scoped_endpoint()
    {
        var b = await app.NewVerifiedTenantAsync();
        var tenantRoutesWithIds = ApiEndpoints()
            .Where(e => e.RoutePattern.RawText!.Contains("/tenant/") && e.RoutePattern.Parameters.Count > 0).ToList();
        tenantRoutesWithIds.ShouldNotBeEmpty();
        var createdByA = new List<(Guid Id, string Name)>();

        foreach (var endpoint in tenantRoutesWithIds)
        {
            // A fresh tenant A per endpoint, so what one walk step does cannot hide another's effect.
            var a = await app.NewVerifiedTenantAsync();
            var resource = endpoint.Metadata.GetMetadata<TenantResourceAttribute>()
                ?? throw new ShouldAssertException(
                    $"{endpoint.DisplayName} takes an id but declares no .TenantResource(...): the isolation walk cannot cover it.");
            Resources.TryGetValue(resource.Resource, out var kind)
                .ShouldBeTrue($"No way to create a '{resource.Resource}' for the isolation walk: add one to {nameof(Resources)}.");
            var id = await kind.Create(a.Admin);
            createdByA.Add((id, a.Name));
            createdByA.Add((a.Id, a.Name));

            var request = new HttpRequestMessage(new HttpMethod(Method(endpoint)), Fill(endpoint, id));
            var response = await b.Admin.SendAsync(request, Ct);
            await response.ShouldBeProblem(404, "Platform:NotFound");
            (await kind.Intact(a.Admin, id))
                .ShouldBeTrue($"{endpoint.DisplayName} with tenant B's token changed tenant A's {resource.Resource}.");
        }

        // Lists and singletons answer with B's own data, never A's.
        foreach (var endpoint in ApiEndpoints()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/tenant/") && e.RoutePattern.Parameters.Count == 0 && Method(e) == "GET"))
        {
            var body = await (await b.Admin.GetAsync(Fill(endpoint, Guid.Empty), Ct)).Content.ReadAsStringAsync(Ct);
            foreach (var (id, name) in createdByA)
            {
                body.ShouldNotContain(id.ToString(), customMessage: $"{endpoint.DisplayName} showed tenant A's {id} to tenant B");
                body.ShouldNotContain(name);
            }
        }
    }

    [Fact]
    public async Task Host_endpoints_refuse_tenant_tokens_and_tenant_endpoints_refuse_provider_staff()
    {
        var registry = app.Service<PermissionRegistry>();
        var tenant = await app.NewTenantAsync();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var checkedCount = 0;
        foreach (var endpoint in ApiEndpoints())
        {
            if (endpoint.Metadata.GetMetadata<RequiresPermissionAttribute>() is not { } required) continue;
            var wrongSide = registry.Get(required.Permission).Side == PermissionSide.Host ? tenant.Admin : staff;
            var request = new HttpRequestMessage(new HttpMethod(Method(endpoint)), Fill(endpoint, Guid.NewGuid())) {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var response = await wrongSide.SendAsync(request, Ct);
            ((int)response.StatusCode).ShouldBe(403, $"{endpoint.DisplayName} let the wrong side in");
            var anonymous = await app.Anonymous()
                .SendAsync(new HttpRequestMessage(new HttpMethod(Method(endpoint)), Fill(endpoint, Guid.NewGuid())), Ct);
            ((int)anonymous.StatusCode).ShouldBe(401, $"{endpoint.DisplayName} answered an anonymous caller");
            checkedCount++;
        }
        checkedCount.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task Every_write_endpoint_answers_400_to_malformed_bodies_and_writes_nothing()
    {
        var registry = app.Service<PermissionRegistry>();
        var tenant = await app.NewTenantAsync();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var before = await CountRowsAsync();
        string[] malformed = ["{\"name\": ", "[1, 2, 3]", "\"just a string\"", "{\"a\": 1} trailing"];

        var writes = ApiEndpoints()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true).ToList();
        writes.Count.ShouldBeGreaterThan(5);
        foreach (var endpoint in writes)
        {
            var client = endpoint.Metadata.GetMetadata<RequiresPermissionAttribute>() is { } p
                ? registry.Get(p.Permission).Side == PermissionSide.Host ? staff : tenant.Admin
                : app.Anonymous();
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()!;
            // Beyond broken JSON: every field of the request type with a value of the wrong JSON type, and an
            // empty body where one is required.
            var bodies = malformed.Concat(WrongTypes(accepts.RequestType)).Concat(accepts.IsOptional ? [] : [""]).ToList();
            foreach (var body in bodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(Method(endpoint)), Fill(endpoint, tenant.Id)) {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request, Ct);
                var problem = await response.ShouldBeProblem(400, "Platform:InvalidInput");
                problem.ErrorFields().ShouldNotBeEmpty($"{endpoint.DisplayName} with body {body} named no field");
            }
        }
        (await CountRowsAsync()).ShouldBe(before);
    }

    /// <summary>One body per property of the request type, that property given a JSON value of the wrong type.</summary>
    private static IEnumerable<string> WrongTypes(Type? requestType)
    {
        if (requestType is null) yield break;
        foreach (var p in requestType.GetProperties())
        {
            var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var wrong = t == typeof(string) ? "{\"x\": 1}" : t == typeof(bool) ? "\"yes\"" : t.IsPrimitive
                || t == typeof(decimal) ? "\"many\""
                : t == typeof(DateOnly) || t == typeof(Guid) || t.IsEnum ? "\"not-a-valid-value\"" : "12";
            yield return $"{{\"{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)}\": {wrong}}}";
        }
    }

    private Task<string> CountRowsAsync() => app.DbAsync(async db =>
        string.Join(",",
            await db.Set<Tenants.Domain.Tenant>().CountAsync(Ct),
            await db.Users.CountAsync(Ct),
            await db.Set<Tenants.Domain.ApiClient>().CountAsync(Ct),
            await db.Set<Plans.Domain.PlanVersion>().CountAsync(Ct),
            await db.Set<Platform.Auditing.AuditEntry>().CountAsync(Ct)));
}
