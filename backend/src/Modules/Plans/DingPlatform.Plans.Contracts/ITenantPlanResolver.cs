namespace DingPlatform.Plans.Contracts;

/// <summary>Which plan version (and add-ons) a tenant holds. The Plans module's own answer is Standard;
/// the Subscriptions module replaces it with the tenant's active subscription.</summary>
public interface ITenantPlanResolver
{
    Task<TenantPlan> ResolveAsync(Guid tenantId, CancellationToken ct);
}
