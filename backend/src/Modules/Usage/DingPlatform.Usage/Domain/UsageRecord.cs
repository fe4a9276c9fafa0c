using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Usage.Domain;

/// <summary>One recorded consumption; the idempotency key makes a retried call count once.</summary>
public sealed class UsageRecord : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Key { get; init; } = "";
    public long Amount { get; init; }
    public string IdempotencyKey { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public DateTimeOffset At { get; init; }
}
