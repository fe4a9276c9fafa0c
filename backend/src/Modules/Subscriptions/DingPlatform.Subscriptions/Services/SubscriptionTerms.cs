using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Persistence;

namespace DingPlatform.Subscriptions.Services;

/// <summary>Usage's view of a subscription: the term running on a date, which yearly quotas count over.</summary>
internal sealed class SubscriptionTerms(SubscriptionStore store) : ISubscriptionTerms
{
    public async Task<SubscriptionTermDto?> RunningTermAsync(Guid tenantId, DateOnly date, CancellationToken ct)
    {
        var live = await store.LiveAsync(tenantId, ct);
        return live is not null && live.IsRunningOn(date)
            && live.TermOn(date) is { } term ? new SubscriptionTermDto(term.Start, term.End) : null;
    }
}
