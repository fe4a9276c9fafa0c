using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Features.GetTenantEntitlements;

/// <summary>What the caller's tenant may do now: its plan version plus add-ons, as the entitlement service
/// answers other modules (tenant admins, members and integrators read it).</summary>
internal sealed class GetTenantEntitlements(ICurrentTenant tenant, IEntitlementService entitlements)
{
    public async Task<EffectiveEntitlementsDto> ExecuteAsync(CancellationToken ct)
    {
        var tenantId = tenant.RequireId();
        var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
        return new EffectiveEntitlementsDto(effective.PlanCode, effective.PlanVersion, effective.ByKey.Values.ToList());
    }
}
