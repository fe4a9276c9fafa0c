using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Features.SendRenewalReminders;

namespace DingPlatform.Subscriptions.Jobs;

/// <summary>§3.1.5: every morning at nine, reminders 30, 7 and 1 days before the end. The id and cron are the ones Hangfire already stores:
/// keep them.</summary>
internal sealed class SendRenewalRemindersJob(SendRenewalReminders useCase) : IRecurringJob
{
    public static string Id => "subscriptions-renewal-reminders";
    public static string Cron => "0 9 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => useCase.RunAsync(cancellationToken);
}
