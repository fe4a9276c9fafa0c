using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Tenants.Services;

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
            .Select(t => new TenantSummary(t.Id, t.Name, t.Status == TenantStatus.Suspended)).SingleOrDefaultAsync(ct);
        cache.Set(Key(tenantId), summary, Lifetime);
        return summary;
    }

    public void Forget(Guid tenantId) => cache.Remove(Key(tenantId));

    public async Task<bool> IsApiClientActiveAsync(string clientId, CancellationToken ct)
    {
        if (cache.TryGetValue(ClientKey(clientId), out bool active)) return active;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        active = await db.Set<ApiClient>().IgnoreQueryFilters().AnyAsync(c => c.ClientId == clientId && c.RevokedAt == null, ct);
        cache.Set(ClientKey(clientId), active, Lifetime);
        return active;
    }

    public void ForgetClient(string clientId) => cache.Remove(ClientKey(clientId));

    private static string ClientKey(string clientId) => $"api-client-active:{clientId}";

    private static string Key(Guid id) => $"tenant-directory:{id}";
}
