namespace DingPlatform.Notifications.Contracts;

/// <summary>Reads of the current tenant's in-app notifications that other modules need: the reminder job asks
/// whether a reminder was already sent before it prices another offer, and the subscription page shows the
/// offer of the latest reminder.</summary>
public interface INotificationInbox
{
    /// <summary>Whether the current tenant already has the notification with this dedup key.</summary>
    Task<bool> ExistsAsync(string dedupKey, CancellationToken ct);

    /// <summary>The quote attached to the current tenant's newest notification of <paramref name="kind"/> that has one.</summary>
    Task<Guid?> LatestQuoteIdAsync(string kind, CancellationToken ct);
}
