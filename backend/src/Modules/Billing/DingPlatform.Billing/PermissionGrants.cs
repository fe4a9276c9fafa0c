using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using P = DingPlatform.Billing.Contracts.BillingPermissions;
using R = DingPlatform.Platform.Authorization.PlatformRoles;

namespace DingPlatform.Billing;

/// <summary>Billing staff and provider admins run invoicing, statements and credits; a tenant's admin sees its
/// invoices and credits and pays its orders.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(P.InvoicesManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.StatementsImport, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.CreditsSettle, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.View, PermissionSide.Tenant, R.TenantAdmin);
        c.Add(P.Pay, PermissionSide.Tenant, R.TenantAdmin);
    }
}
