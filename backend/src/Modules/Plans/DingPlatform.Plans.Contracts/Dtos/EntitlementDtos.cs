using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Plans.Contracts;

public enum EntitlementKind { Switch, Limit, Quota, Rate }

public enum QuotaPeriod { Year, Month }

public sealed record EntitlementDto(
    [property: Required,
        RegularExpression("^[a-z][a-z0-9.\\-]{1,63}$", ErrorMessage = "A key is lower-case letters, digits, dots and dashes.")] string Key,
    EntitlementKind Kind,
    bool? Enabled,
    [property: Range(0, 1_000_000_000_000)] long? Amount,
    [property: MaxLength(20)] string? Unit,
    QuotaPeriod? Period,
    [property: MaxLength(200)] string? Note);

public sealed record EffectiveEntitlementsDto(string PlanCode, int PlanVersion, IReadOnlyList<EntitlementDto> Entitlements);

/// <summary>What <see cref="IEntitlementService"/> answers. Typed reads throw nothing for a key a plan lacks:
/// a missing switch is off, a missing limit, quota or rate is zero.</summary>
public sealed record EffectiveEntitlements(string PlanCode, int PlanVersion, IReadOnlyDictionary<string, EntitlementDto> ByKey)
{
    public bool IsEnabled(string key) => ByKey.TryGetValue(key, out var e) && e.Kind == EntitlementKind.Switch && e.Enabled == true;
    public long Amount(string key) => ByKey.TryGetValue(key, out var e) ? e.Amount ?? 0 : 0;
}

/// <summary>Which plan version (and add-on amounts by entitlement key) a tenant holds; see <see cref="ITenantPlanResolver"/>.</summary>
public sealed record TenantPlan(string PlanCode, int? Version, IReadOnlyDictionary<string, long>? AddOns = null);
