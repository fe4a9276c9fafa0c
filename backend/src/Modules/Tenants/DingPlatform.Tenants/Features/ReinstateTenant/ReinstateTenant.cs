using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;
using DingPlatform.Tenants.Services;

namespace DingPlatform.Tenants.Features.ReinstateTenant;

/// <summary>Provider staff lift a suspension; as with suspending, the directory forgets the tenant so this
/// host lets its users in again at once. Audited.</summary>
internal sealed class ReinstateTenant(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TenantDirectory directory)
{
    public async Task<TenantDto> ExecuteAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Reinstate();
        audit.Record(tenant.Id, "Tenant.Reinstated");
        await db.SaveChangesAsync(ct);
        directory.Forget(tenant.Id);
        return tenant.ToDto();
    }
}
