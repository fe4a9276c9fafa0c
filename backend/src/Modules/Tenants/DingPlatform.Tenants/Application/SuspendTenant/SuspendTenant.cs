using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Tenants.Application.SuspendTenant;

/// <summary>Provider staff suspend a tenant (its users and API clients are refused at once on this host)
/// and reinstate it.</summary>
internal sealed class SuspendTenant(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TenantDirectory directory)
{
    public async Task<TenantDto> SuspendAsync(Guid tenantId, string reason, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Suspend(reason);
        audit.Record(tenant.Id, "Tenant.Suspended", reason);
        await db.SaveChangesAsync(ct);
        directory.Forget(tenant.Id);
        return tenant.ToDto();
    }

    public async Task<TenantDto> ReinstateAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Reinstate();
        audit.Record(tenant.Id, "Tenant.Reinstated");
        await db.SaveChangesAsync(ct);
        directory.Forget(tenant.Id);
        return tenant.ToDto();
    }
}
