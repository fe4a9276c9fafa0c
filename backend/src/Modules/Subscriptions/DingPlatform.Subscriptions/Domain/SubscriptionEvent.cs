using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>One entry of a subscription's history (activated, renewed, suspended, …).</summary>
public sealed class SubscriptionEvent : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SubscriptionId { get; init; }
    public Guid TenantId { get; init; }
    public DateTimeOffset At { get; init; }
    public string Type { get; init; } = "";
    public string? Detail { get; init; }
}
