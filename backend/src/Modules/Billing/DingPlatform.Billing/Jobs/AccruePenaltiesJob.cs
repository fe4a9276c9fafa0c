using DingPlatform.Billing.Features.AccruePenalties;
using DingPlatform.Platform.Modularity;

namespace DingPlatform.Billing.Jobs;

/// <summary>Every day at 00:30 Shanghai time, just after the business day turns, the late-issue penalty
/// accrues for the day that ended. The id is the one Hangfire already stores: renaming it would leave the
/// old recurring job behind.</summary>
internal sealed class AccruePenaltiesJob(AccruePenalties accrue) : IRecurringJob
{
    public static string Id => "invoices-late-penalties";

    public static string Cron => "30 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => accrue.RunAsync(cancellationToken);
}
