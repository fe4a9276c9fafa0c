using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using R = DingPlatform.Platform.Authorization.PlatformRoles;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions;

/// <summary>Provider staff sell and manage; tenant admins order, members read.</summary>
internal sealed class PermissionGrants : IPermissionProvider
{
    public void Define(PermissionDefinitionContext c)
    {
        c.Add(P.OrdersView, PermissionSide.Host, R.ProviderAdmin, R.Billing, R.Support);
        c.Add(P.OrdersManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.Refunds, PermissionSide.Host, R.ProviderAdmin);
        c.Add(P.SubscriptionsManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.PromotionsManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.Order, PermissionSide.Tenant, R.TenantAdmin);
        c.Add(P.View, PermissionSide.Tenant, R.TenantAdmin, R.Member);
    }
}
