namespace DingPlatform.Subscriptions.Contracts;

/// <summary>What Usage needs to know of a subscription: yearly quotas run over the paid term (SPEC §3).</summary>
public interface ISubscriptionTerms
{
    /// <summary>The term of the tenant's subscription that is running on <paramref name="date"/>; null when
    /// none is (no subscription, suspended, expired, or the date outside every term).</summary>
    Task<SubscriptionTermDto?> RunningTermAsync(Guid tenantId, DateOnly date, CancellationToken ct);
}
