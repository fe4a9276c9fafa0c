using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.RevokeVerification;

/// <summary>Provider staff revoke a verified company's verification (SPEC §3 "Eligibility", contract §3.6),
/// releasing its credit code; what happens to Professional is then Subscriptions' staff action. Audited.</summary>
internal sealed class RevokeVerification(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TimeProvider clock)
{
    public async Task<TenantDto> ExecuteAsync(Guid tenantId, string reason, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        tenant.Revoke(reason, clock.GetUtcNow());
        audit.Record(tenant.Id, "Verification.Revoked", reason);
        await db.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
