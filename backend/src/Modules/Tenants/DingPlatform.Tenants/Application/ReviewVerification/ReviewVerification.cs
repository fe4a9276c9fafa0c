using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Application.ReviewVerification;

/// <summary>Provider staff approve, reject (with a reason) or later revoke a company's verification.
/// Every decision is audited on the tenant.</summary>
internal sealed class ReviewVerification(PlatformDbContext db, TenantStore tenants, IAuditLog audit, TimeProvider clock)
{
    public Task<TenantDto> ApproveAsync(Guid tenantId, CancellationToken ct) =>
        ActAsync(tenantId, "Verification.Approved", null, async t =>
        {
            var code = t.Verification?.CreditCode;
            if (await db.Set<Tenant>().AnyAsync(o => o.VerifiedCreditCode == code && o.Id != t.Id, ct))
                throw new BusinessException(TenantsErrors.CreditCodeTaken, "This credit code is already verified for another tenant.");
            t.Approve(clock.GetUtcNow());
        }, ct);

    public Task<TenantDto> RejectAsync(Guid tenantId, string reason, CancellationToken ct) =>
        ActAsync(tenantId, "Verification.Rejected", reason, t => { t.Reject(reason, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<TenantDto> RevokeAsync(Guid tenantId, string reason, CancellationToken ct) =>
        ActAsync(tenantId, "Verification.Revoked", reason, t => { t.Revoke(reason, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    private async Task<TenantDto> ActAsync(Guid tenantId, string action, string? detail, Func<Tenant, Task> change, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        await change(tenant);
        audit.Record(tenant.Id, action, detail);
        await db.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
