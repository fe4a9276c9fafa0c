using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using R = DingPlatform.Platform.Authorization.PlatformRoles;
using P = DingPlatform.Usage.Contracts.UsagePermissions;

namespace DingPlatform.Usage;

/// <summary>Integrators record usage through the API; everyone in the tenant may see it.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(P.Record, PermissionSide.Tenant, R.TenantAdmin, R.Integrator);
        c.Add(P.View, PermissionSide.Tenant, R.TenantAdmin, R.Member, R.Integrator);
    }
}
