using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;
using DingPlatform.Tenants.Services;

namespace DingPlatform.Tenants.Features.SuspendTenant;

/// <summary>Provider staff suspend a tenant: its users and API clients are refused at once on this host
/// (the directory forgets it) and within the directory's cache lifetime on others. Audited.</summary>
internal sealed class SuspendTenant(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TenantDirectory directory)
{
    public async Task<TenantDto> ExecuteAsync(Guid tenantId, string reason, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Suspend(reason);
        audit.Record(tenant.Id, "Tenant.Suspended", reason);
        await db.SaveChangesAsync(ct);
        directory.Forget(tenant.Id);
        return tenant.ToDto();
    }
}
