using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Features.FlagBreaches;

namespace DingPlatform.Support.Jobs;

/// <summary>Every minute, so a breach is flagged within a minute of its deadline.</summary>
internal sealed class SlaBreachJob(FlagBreaches flagBreaches) : IRecurringJob
{
    public static string Id => "support-sla-breaches";
    public static string Cron => "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => flagBreaches.RunAsync(cancellationToken);
}
