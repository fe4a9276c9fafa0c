namespace DingPlatform.Plans.Contracts;

public sealed record PlanVersionInfo(string Code, int Version, string Name, decimal AnnualPrice, bool IsFree);

public sealed record AddOnInfo(string Code, string Name, string EntitlementKey, long Amount, decimal Price);

/// <summary>What other modules may read of the catalog to price an order.</summary>
public interface IPlanCatalog
{
    Task<PlanVersionInfo?> FindCurrentAsync(string planCode, CancellationToken ct);
    Task<AddOnInfo?> FindAddOnAsync(string code, CancellationToken ct);
    /// <summary>The entitlements a plan version was sold with (for the agreement's appendix).</summary>
    Task<IReadOnlyList<EntitlementDto>> EntitlementsAsync(string planCode, int version, CancellationToken ct);
}
