namespace DingPlatform.Plans.Contracts;

/// <summary>The one place other modules ask what a tenant may do. Typed reads throw nothing for a key a
/// plan lacks: a missing switch is off, a missing limit, quota or rate is zero.</summary>
public interface IEntitlementService
{
    Task<EffectiveEntitlements> GetEffectiveAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Throws <c>Plans:LimitReached</c> when <paramref name="wanted"/> would exceed the limit.</summary>
    Task EnsureWithinLimitAsync(Guid tenantId, string key, long wanted, CancellationToken ct);
}

public sealed record EffectiveEntitlements(string PlanCode, int PlanVersion, IReadOnlyDictionary<string, EntitlementDto> ByKey)
{
    public bool IsEnabled(string key) => ByKey.TryGetValue(key, out var e) && e.Kind == EntitlementKind.Switch && e.Enabled == true;
    public long Amount(string key) => ByKey.TryGetValue(key, out var e) ? e.Amount ?? 0 : 0;
}

/// <summary>Which plan version (and add-ons) a tenant holds. The Plans module's own answer is Standard;
/// the Subscriptions module replaces it with the tenant's active subscription.</summary>
public interface ITenantPlanResolver
{
    Task<TenantPlan> ResolveAsync(Guid tenantId, CancellationToken ct);
}

public sealed record TenantPlan(string PlanCode, int? Version, IReadOnlyDictionary<string, long>? AddOns = null);
