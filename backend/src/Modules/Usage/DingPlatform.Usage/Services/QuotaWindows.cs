using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Usage.Domain;

namespace DingPlatform.Usage.Services;

/// <summary>The current period of a quota for a tenant: yearly quotas follow the running subscription's term,
/// which only Subscriptions knows (asked through its contract).</summary>
internal sealed class QuotaWindows(ISubscriptionTerms terms, TimeProvider clock)
{
    public async Task<QuotaPeriodWindow> CurrentAsync(Guid tenantId, QuotaPeriod period, CancellationToken ct)
    {
        var today = clock.Today();
        return QuotaPeriods.For(period, today, await terms.RunningTermAsync(tenantId, today, ct));
    }
}
