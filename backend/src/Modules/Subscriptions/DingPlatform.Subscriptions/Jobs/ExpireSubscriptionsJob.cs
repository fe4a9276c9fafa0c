using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Features.ExpireSubscriptions;

namespace DingPlatform.Subscriptions.Jobs;

/// <summary>§3.1.5: every day just after midnight, subscriptions at their end date end. The id and cron are the ones Hangfire already
/// stores: keep them.</summary>
internal sealed class ExpireSubscriptionsJob(ExpireSubscriptions useCase) : IRecurringJob
{
    public static string Id => "subscriptions-expire";
    public static string Cron => "5 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => useCase.RunAsync(cancellationToken);
}
