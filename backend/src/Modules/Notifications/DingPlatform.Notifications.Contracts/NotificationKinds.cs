namespace DingPlatform.Notifications.Contracts;

/// <summary>The kinds of in-app notification (stored in the <c>Kind</c> column; the SPA shows them as they are).</summary>
public static class NotificationKinds
{
    public const string RenewalReminder = "RenewalReminder";
}
