using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using R = DingPlatform.Platform.Authorization.PlatformRoles;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications;

/// <summary>Tenant admins manage their outgoing webhooks (the in-app list still uses Subscriptions.View).</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(P.Webhooks, PermissionSide.Tenant, R.TenantAdmin);
    }
}
