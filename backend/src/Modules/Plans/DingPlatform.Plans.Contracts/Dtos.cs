using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Plans.Contracts;

public sealed record EntitlementDto(
    [property: Required, RegularExpression("^[a-z][a-z0-9.\\-]{1,63}$", ErrorMessage = "A key is lower-case letters, digits, dots and dashes.")] string Key,
    EntitlementKind Kind,
    bool? Enabled,
    [property: Range(0, 1_000_000_000_000)] long? Amount,
    [property: MaxLength(20)] string? Unit,
    QuotaPeriod? Period,
    [property: MaxLength(200)] string? Note);

public sealed record PlanVersionSummaryDto(int Version, DateTimeOffset CreatedAt, decimal AnnualPrice);

public sealed record PlanDto(
    string Code, string Name, int Version, decimal AnnualPrice, bool IsFree,
    IReadOnlyList<EntitlementDto> Entitlements, IReadOnlyList<PlanVersionSummaryDto>? Versions);

public sealed record UpdatePlanRequest(
    [property: Required, MinLength(1), MaxLength(100)] string Name,
    [property: Range(typeof(decimal), "0", "10000000")] decimal AnnualPrice,
    [property: Required, MinLength(1)] IReadOnlyList<EntitlementDto> Entitlements);

public sealed record AddOnPackDto(string Code, string Name, string EntitlementKey, long Amount, decimal Price);

public sealed record ComparisonPlanDto(string Code, string Name, decimal AnnualPrice);

public sealed record ComparisonRowDto(string Key, EntitlementKind Kind, string? Unit, QuotaPeriod? Period, IReadOnlyDictionary<string, EntitlementDto?> Values);

public sealed record ComparisonDto(IReadOnlyList<ComparisonPlanDto> Plans, IReadOnlyList<ComparisonRowDto> Rows);

public sealed record EffectiveEntitlementsDto(string PlanCode, int PlanVersion, IReadOnlyList<EntitlementDto> Entitlements);
