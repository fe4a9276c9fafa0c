using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans;

/// <summary>Only provider admins change plans and prices; everyone on a tenant, integrators included, may
/// read the tenant's entitlements (integrators check them before calling).</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        context.Add(PlansPermissions.Manage, PermissionSide.Host, PlatformRoles.ProviderAdmin);
        context.Add(PlansPermissions.EntitlementsView, PermissionSide.Tenant, PlatformRoles.TenantAdmin, PlatformRoles.Member,
            PlatformRoles.Integrator);
    }
}
