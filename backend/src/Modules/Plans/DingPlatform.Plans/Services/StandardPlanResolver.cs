using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Services;

/// <summary>Without a Subscriptions module every tenant is on Standard's latest version.</summary>
internal sealed class StandardPlanResolver : ITenantPlanResolver
{
    public Task<TenantPlan> ResolveAsync(Guid tenantId, CancellationToken ct) => Task.FromResult(new TenantPlan(PlanCodes.Standard, null));
}
