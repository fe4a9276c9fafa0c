using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.RejectVerification;

/// <summary>Provider staff reject a pending verification with a reason the tenant sees (SPEC §3 "Eligibility",
/// contract §3.2); the tenant may correct and resubmit. Audited on the tenant.</summary>
internal sealed class RejectVerification(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TimeProvider clock)
{
    public async Task<TenantDto> ExecuteAsync(Guid tenantId, string reason, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Reject(reason, clock.GetUtcNow());
        audit.Record(tenant.Id, "Verification.Rejected", reason);
        await db.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
