using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Usage.Domain;

/// <summary>How much of one quota a tenant has used in one period.</summary>
public sealed class UsageCounter : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Key { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public long Used { get; set; }
}
