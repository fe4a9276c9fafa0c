namespace DingPlatform.Plans.Contracts;

/// <summary>What other modules may read of the catalog to price an order.</summary>
public interface IPlanCatalog
{
    Task<PlanVersionInfo?> FindCurrentAsync(string planCode, CancellationToken ct);
    Task<AddOnInfo?> FindAddOnAsync(string code, CancellationToken ct);
    /// <summary>The entitlements a plan version was sold with (for the agreement's appendix).</summary>
    Task<IReadOnlyList<EntitlementDto>> EntitlementsAsync(string planCode, int version, CancellationToken ct);
}
