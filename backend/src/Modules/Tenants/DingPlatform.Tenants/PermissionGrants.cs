using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Tenants;

/// <summary>Host side: every staff role sees tenants, billing also reviews verifications (it sells), only
/// admins suspend. Tenant side: members read their profile; the rest is the tenant admin's.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(TenantsPermissions.TenantsView, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing,
            PlatformRoles.Support);
        c.Add(TenantsPermissions.TenantsManage, PermissionSide.Host, PlatformRoles.ProviderAdmin);
        c.Add(TenantsPermissions.VerificationReview, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing);
        c.Add(TenantsPermissions.ProfileView, PermissionSide.Tenant, PlatformRoles.TenantAdmin, PlatformRoles.Member);
        c.Add(TenantsPermissions.VerificationSubmit, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.MembersView, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.MembersManage, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.ApiClientsManage, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
    }
}
