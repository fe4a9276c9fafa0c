using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Http;
using Microsoft.AspNetCore.Http;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Tenants.Application;

internal sealed class TenantStore(PlatformDbContext db, ICurrentTenant currentTenant)
{
    public async Task<Tenant> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new EntityNotFoundException("Tenant", id);

    /// <summary>The caller's own tenant; a host caller has none.</summary>
    public Task<Tenant> GetCurrentAsync(CancellationToken ct) =>
        GetAsync(currentTenant.RequireId(), ct);

    public Guid CurrentId => currentTenant.RequireId();
}

/// <summary>Answers the platform's per-request "does this tenant exist, is it suspended?" from memory:
/// a suspension takes effect at once on this host and within the cache lifetime on others.</summary>
internal sealed class TenantDirectory(IServiceScopeFactory scopes, IMemoryCache cache) : ITenantDirectory
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<TenantSummary?> FindAsync(Guid tenantId, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(tenantId), out TenantSummary? hit)) return hit;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var summary = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantId)
            .Select(t => new TenantSummary(t.Id, t.Name, t.Status == Contracts.TenantStatus.Suspended)).SingleOrDefaultAsync(ct);
        cache.Set(Key(tenantId), summary, Lifetime);
        return summary;
    }

    public void Forget(Guid tenantId) => cache.Remove(Key(tenantId));

    public async Task<bool> IsApiClientActiveAsync(string clientId, CancellationToken ct)
    {
        if (cache.TryGetValue(ClientKey(clientId), out bool active)) return active;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        active = await db.Set<Domain.ApiClient>().IgnoreQueryFilters().AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, ct);
        cache.Set(ClientKey(clientId), active, Lifetime);
        return active;
    }

    public void ForgetClient(string clientId) => cache.Remove(ClientKey(clientId));

    private static string ClientKey(string clientId) => $"api-client-active:{clientId}";

    private static string Key(Guid id) => $"tenant-directory:{id}";
}

/// <summary>A tenant that no longer exists gets 401, as does a revoked API client's unexpired token; a
/// suspended tenant's users and API clients can still see who they are and why they are suspended
/// (routes marked <c>AllowWhileSuspended</c>), and nothing else.</summary>
internal sealed class TenantAccessGuard(TenantDirectory tenants) : ITenantRequestGuard
{
    public async ValueTask<IResult?> CheckAsync(HttpContext http, Guid tenantId)
    {
        var tenant = await tenants.FindAsync(tenantId, http.RequestAborted);
        if (tenant is null) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (http.User.FindFirst(PlatformClaims.Kind)?.Value == "Integrator"
            && !await tenants.IsApiClientActiveAsync(http.User.FindFirst("sub")?.Value ?? "", http.RequestAborted))
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (tenant.IsSuspended && http.GetEndpoint()?.Metadata.GetMetadata<AllowWhileSuspendedAttribute>() is null)
            throw new BusinessException(Contracts.TenantsErrors.TenantSuspended, "This tenant is suspended by the provider.", 403);
        return null;
    }
}
