using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Usage.Contracts.Dtos;

public sealed record UsageDto(string Key, string Period, long Used, long Limit, DateOnly PeriodStart, DateOnly PeriodEnd);

public sealed record RecordUsageRequest(
    [property: Required, MaxLength(64)] string Key,
    [property: Range(1, 1_000_000)] long Amount,
    [property: Required, MinLength(1), MaxLength(100)] string IdempotencyKey);

public sealed record UsageRecordedDto(string Key, long Amount, long Used, long Limit, bool Duplicate);
