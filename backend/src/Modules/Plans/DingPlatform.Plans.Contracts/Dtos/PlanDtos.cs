using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Plans.Contracts;

public sealed record PlanVersionSummaryDto(int Version, DateTimeOffset CreatedAt, decimal AnnualPrice);

public sealed record PlanDto(
    string Code, string Name, int Version, decimal AnnualPrice, bool IsFree,
    IReadOnlyList<EntitlementDto> Entitlements, IReadOnlyList<PlanVersionSummaryDto>? Versions);

public sealed record UpdatePlanRequest(
    [property: Required, MinLength(1), MaxLength(100)] string Name,
    [property: Range(typeof(decimal), "0", "10000000")] decimal AnnualPrice,
    [property: Required, MinLength(1)] IReadOnlyList<EntitlementDto> Entitlements);

/// <summary>A plan's current version as other modules price it (<see cref="IPlanCatalog"/>).</summary>
public sealed record PlanVersionInfo(string Code, int Version, string Name, decimal AnnualPrice, bool IsFree);
