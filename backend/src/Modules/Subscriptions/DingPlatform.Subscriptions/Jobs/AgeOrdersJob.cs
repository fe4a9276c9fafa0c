using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Features.AgeOrders;

namespace DingPlatform.Subscriptions.Jobs;

/// <summary>§2.2: every day after midnight, unpaid orders become overdue, then lapse. The id and cron are the ones Hangfire already stores:
/// keep them.</summary>
internal sealed class AgeOrdersJob(AgeOrders useCase) : IRecurringJob
{
    public static string Id => "orders-overdue";
    public static string Cron => "15 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => useCase.RunAsync(cancellationToken);
}
