using System.Collections.Concurrent;
using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Application.GetEntitlements;

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
            return new EffectiveEntitlements(version.PlanCode, version.Version, version.Entitlements.ToDictionary(e => e.Key, e => e.ToDto()));
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
            throw new BusinessException(PlansErrors.LimitReached, $"The plan allows {limit} for '{key}'; this would make {wanted}. Buy an add-on pack or upgrade.")
                .WithDetail("key", key).WithDetail("limit", limit);
    }
}

internal sealed class EntitlementCache
{
    private readonly ConcurrentDictionary<(string, int?), EffectiveEntitlements> _byVersion = new();

    public async Task<EffectiveEntitlements> GetOrLoadAsync(string code, int? version, Func<Task<EffectiveEntitlements>> load)
    {
        if (_byVersion.TryGetValue((code, version), out var hit)) return hit;
        var loaded = await load();
        _byVersion[(code, version)] = loaded;
        return loaded;
    }

    /// <summary>After an edit "latest" means something new; pinned versions could stay, but edits are rare.</summary>
    public void Clear() => _byVersion.Clear();
}

/// <summary>Without a Subscriptions module every tenant is on Standard's latest version.</summary>
internal sealed class StandardPlanResolver : ITenantPlanResolver
{
    public Task<TenantPlan> ResolveAsync(Guid tenantId, CancellationToken ct) => Task.FromResult(new TenantPlan(PlanCodes.Standard, null));
}
