namespace DingPlatform.Plans.Contracts;

public sealed record ComparisonPlanDto(string Code, string Name, decimal AnnualPrice);

public sealed record ComparisonRowDto(
    string Key,
    EntitlementKind Kind,
    string? Unit,
    QuotaPeriod? Period,
    IReadOnlyDictionary<string, EntitlementDto?> Values);

public sealed record ComparisonDto(IReadOnlyList<ComparisonPlanDto> Plans, IReadOnlyList<ComparisonRowDto> Rows);
