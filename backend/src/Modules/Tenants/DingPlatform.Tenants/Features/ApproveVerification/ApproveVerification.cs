using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.ApproveVerification;

/// <summary>Provider staff approve a pending verification (SPEC §3 "Eligibility", contract §3.2); the company's
/// credit code is then held by this tenant. Audited on the tenant.</summary>
internal sealed class ApproveVerification(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TimeProvider clock)
{
    public async Task<TenantDto> ExecuteAsync(Guid tenantId, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        // Checked again here: another tenant may have been verified with the same code since this one submitted.
        if (await tenants.IsCreditCodeVerifiedElsewhereAsync(tenant.Verification?.CreditCode, tenant.Id, ct))
            throw new BusinessException(TenantsErrors.CreditCodeTaken, "This credit code is already verified for another tenant.");
        tenant.Approve(clock.GetUtcNow());
        audit.Record(tenant.Id, "Verification.Approved", null);
        await db.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
