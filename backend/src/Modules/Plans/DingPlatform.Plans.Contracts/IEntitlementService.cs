namespace DingPlatform.Plans.Contracts;

/// <summary>The one place other modules ask what a tenant may do. Typed reads throw nothing for a key a
/// plan lacks: a missing switch is off, a missing limit, quota or rate is zero.</summary>
public interface IEntitlementService
{
    Task<EffectiveEntitlements> GetEffectiveAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Throws <c>Plans:LimitReached</c> when <paramref name="wanted"/> would exceed the limit.</summary>
    Task EnsureWithinLimitAsync(Guid tenantId, string key, long wanted, CancellationToken ct);
}
