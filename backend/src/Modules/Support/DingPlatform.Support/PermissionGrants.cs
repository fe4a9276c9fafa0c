using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using R = DingPlatform.Platform.Authorization.PlatformRoles;

namespace DingPlatform.Support;

internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        context.Add(SupportPermissions.Tickets, PermissionSide.Tenant, R.TenantAdmin, R.Member);
        context.Add(SupportPermissions.Queue, PermissionSide.Host, R.ProviderAdmin, R.Support);
        context.Add(SupportPermissions.Settings, PermissionSide.Host, R.ProviderAdmin);
        context.Add(SupportPermissions.AnnouncementsManage, PermissionSide.Host, R.ProviderAdmin, R.Support);
    }
}
