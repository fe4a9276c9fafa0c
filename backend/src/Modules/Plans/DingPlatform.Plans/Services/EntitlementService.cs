using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Features;
using DingPlatform.Plans.Persistence;

namespace DingPlatform.Plans.Services;

/// <summary>Effective entitlements = the tenant's plan version + its add-on amounts. Plan versions never
/// change once written, so they are cached by (code, version); only "latest" is re-read after an edit.</summary>
internal sealed class EntitlementService(ITenantPlanResolver resolver, PlanStore plans, EntitlementCache cache) : IEntitlementService
{
    public async Task<EffectiveEntitlements> GetEffectiveAsync(Guid tenantId, CancellationToken ct)
    {
        var assignment = await resolver.ResolveAsync(tenantId, ct);
        var baseline = await cache.GetOrLoadAsync(assignment.PlanCode, assignment.Version, async () =>
        {
            var version = await plans.FindVersionAsync(assignment.PlanCode, assignment.Version, ct)
                ?? throw new BusinessException(PlansErrors.PlanNotFound, $"Plan '{assignment.PlanCode}' was not found.", 404);
            return new EffectiveEntitlements(version.PlanCode, version.Version,
                version.Entitlements.ToDictionary(e => e.Key, e => e.ToDto()));
        });
        if (assignment.AddOns is not { Count: > 0 } addOns) return baseline;
        var merged = new Dictionary<string, EntitlementDto>(baseline.ByKey);
        foreach (var (key, extra) in addOns)
            if (merged.TryGetValue(key, out var e) && e.Kind != EntitlementKind.Switch)
                merged[key] = e with { Amount = (e.Amount ?? 0) + extra };
        return baseline with { ByKey = merged };
    }

    public async Task EnsureWithinLimitAsync(Guid tenantId, string key, long wanted, CancellationToken ct)
    {
        var effective = await GetEffectiveAsync(tenantId, ct);
        var limit = effective.Amount(key);
        if (wanted > limit)
            throw new BusinessException(PlansErrors.LimitReached,
                $"The plan allows {limit} for '{key}'; this would make {wanted}. Buy an add-on pack or upgrade.")
                .WithDetail("key", key).WithDetail("limit", limit);
    }
}
