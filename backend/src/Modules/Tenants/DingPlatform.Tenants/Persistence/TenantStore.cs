using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Persistence;

/// <summary>Loads tenants for the use cases that change them; a missing tenant is a 404.</summary>
internal sealed class TenantStore(PlatformDbContext db, ICurrentTenant currentTenant)
{
    public async Task<Tenant> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new EntityNotFoundException("Tenant", id);

    /// <summary>The caller's own tenant; a host caller has none.</summary>
    public Task<Tenant> GetCurrentAsync(CancellationToken ct) =>
        GetAsync(currentTenant.RequireId(), ct);

    public Guid CurrentId => currentTenant.RequireId();

    /// <summary>One company, one tenant: whether the code is already verified for a tenant other than this one
    /// (asked on submission and again on approval; the unique index settles a race).</summary>
    public Task<bool> IsCreditCodeVerifiedElsewhereAsync(string? creditCode, Guid tenantId, CancellationToken ct) =>
        db.Set<Tenant>().AnyAsync(t => t.VerifiedCreditCode == creditCode && t.Id != tenantId, ct);
}
