using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;
using R = DingPlatform.Platform.Authorization.PlatformRoles;

namespace DingPlatform.Notifications;

/// <summary>Provider admins and support read the mail log and the outbox; a tenant admin sets each member's
/// language and mail kinds and manages the tenant's outgoing webhooks. The in-app list keeps Subscriptions.View.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(P.Log, PermissionSide.Host, R.ProviderAdmin, R.Support);
        c.Add(P.Preferences, PermissionSide.Tenant, R.TenantAdmin);
        c.Add(P.Webhooks, PermissionSide.Tenant, R.TenantAdmin);
    }
}
