namespace DingPlatform.Notifications.Contracts;

/// <summary>Notifications' permission names; <c>PermissionGrants</c> in the module says which roles hold them.</summary>
public static class NotificationsPermissions
{
    // Host
    public const string Log = "Notifications.Log";
    // Tenant
    public const string Preferences = "Notifications.Preferences";
    public const string Webhooks = "Notifications.Webhooks";
}
