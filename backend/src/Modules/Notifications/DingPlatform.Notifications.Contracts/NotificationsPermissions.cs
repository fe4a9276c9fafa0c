namespace DingPlatform.Notifications.Contracts;

/// <summary>The module's permission names. The strings are what roles store and the SPA checks: never rename them.</summary>
public static class NotificationsPermissions
{
    // Tenant
    public const string Webhooks = "Notifications.Webhooks";
}
