using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.Jobs;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Validation;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Http;

/// <summary>Endpoint metadata for routes that need a signed-in caller of any kind but no permission.</summary>
public sealed record SignedInOnlyAttribute;

/// <summary>Endpoint metadata for tenant-scoped routes whose <c>{id}</c> names a tenant-owned resource;
/// the isolation test walks these with another tenant's token.</summary>
public sealed record TenantResourceAttribute(string Resource);

/// <summary>Endpoint metadata for routes a suspended tenant may still call (who am I, why am I suspended).</summary>
public sealed record AllowWhileSuspendedAttribute;

public static class PlatformApplication
{
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SignedInOnlyAttribute()).RequireAuthorization();

    public static TBuilder AllowWhileSuspended<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowWhileSuspendedAttribute());

    public static TBuilder TenantResource<TBuilder>(this TBuilder builder, string resource) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new TenantResourceAttribute(resource));

    /// <summary>An /api route group with request validation on every endpoint.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(prefix).AddEndpointFilter<ValidationFilter>().WithTags(tag);

    public static void UseDingPlatformPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TenantRequestGuardMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<RequestGateMiddleware>();
        app.UseMiddleware<HangfireCookieMiddleware>();
    }

    public static void MapDingPlatform(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        app.MapPost("/connect/token", TokenEndpoint.HandleAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapApiGroup("/api", "Account").MapGet("/me", MeEndpoint.Get).RequireSignedIn().AllowWhileSuspended().WithName("GetMe");
        foreach (var module in catalog.Modules) module.MapEndpoints(app);
        app.MapHangfireDashboard("/hangfire", new DashboardOptions {
            Authorization = [new DashboardPermissionFilter(app.Services.GetRequiredService<PermissionRegistry>())],
            AppPath = "/console",
            DashboardTitle = "DingPlatform jobs",
        });
    }

    /// <summary>Refuses to start when an /api endpoint has neither a permission nor an explicit
    /// anonymous or signed-in marker: nothing is left open by accident.</summary>
    public static void AssertEveryEndpointIsSecured(this WebApplication app)
    {
        var unsecured = FindUnsecuredEndpoints(app.Services.GetRequiredService<EndpointDataSource>());
        if (unsecured.Count > 0)
            throw new InvalidOperationException("Endpoints without a permission or [AllowAnonymous]: " + string.Join(", ", unsecured));
    }

    public static IReadOnlyList<string> FindUnsecuredEndpoints(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<RequiresPermissionAttribute>() is null
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && e.Metadata.GetMetadata<SignedInOnlyAttribute>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText!)
            .ToList();
}

/// <summary>Runs the tenant guards (<see cref="ITenantRequestGuard"/>) on every /api request made for a
/// tenant, after authentication and before authorisation.</summary>
internal sealed class TenantRequestGuardMiddleware(RequestDelegate next, IEnumerable<ITenantRequestGuard> guards)
{
    private readonly ITenantRequestGuard[] _guards = guards.ToArray();

    public async Task InvokeAsync(HttpContext http, ICurrentTenant currentTenant)
    {
        if (currentTenant.Id is { } tenantId && http.Request.Path.StartsWithSegments("/api"))
        {
            foreach (var guard in _guards)
            {
                if (await guard.CheckAsync(http, tenantId) is { } refusal)
                {
                    await refusal.ExecuteAsync(http);
                    return;
                }
            }
        }
        await next(http);
    }
}

/// <summary>Keeps the dashboard signed in after it was opened with <c>?access_token=</c>: its own
/// follow-up requests carry the token in a cookie scoped to /hangfire.</summary>
internal sealed class HangfireCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/hangfire") && http.Request.Query.TryGetValue("access_token", out var token)
            && http.User.Identity?.IsAuthenticated == true)
        {
            http.Response.Cookies.Append(PlatformServices.HangfireCookie, token.ToString(), new CookieOptions {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Path = "/hangfire",
                IsEssential = true,
                Secure = http.Request.IsHttps,
            });
        }
        return next(http);
    }
}
