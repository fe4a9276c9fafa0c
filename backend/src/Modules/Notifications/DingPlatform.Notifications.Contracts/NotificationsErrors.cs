namespace DingPlatform.Notifications.Contracts;

/// <summary>Stable error codes (problem details <c>code</c>); clients and the SPA's translations key on them.</summary>
public static class NotificationsErrors
{
    /// <summary>400: not an https URL, or one that points at a private, loopback or link-local address.</summary>
    public const string WebhookUrlNotAllowed = "Notifications:WebhookUrlNotAllowed";
    /// <summary>409: the tenant already has <c>WebhookEndpoint.MaxPerTenant</c> endpoints.</summary>
    public const string WebhookLimitReached = "Notifications:WebhookLimitReached";
    /// <summary>409: a disabled endpoint sends nothing, a resend included.</summary>
    public const string WebhookDisabled = "Notifications:WebhookDisabled";
    /// <summary>409: the delivery is being sent right now (by the outbox job or another resend).</summary>
    public const string WebhookDeliveryBusy = "Notifications:WebhookDeliveryBusy";
}
