namespace DingPlatform.Subscriptions.Contracts;

/// <summary>The module's permission names. The strings are what roles store and the SPA checks: never rename them.</summary>
public static class SubscriptionsPermissions
{
    // Host
    public const string OrdersView = "Subscriptions.Orders.View";
    public const string OrdersManage = "Subscriptions.Orders.Manage";
    public const string Refunds = "Subscriptions.Refunds";
    public const string SubscriptionsManage = "Subscriptions.Subscriptions.Manage";
    public const string PromotionsManage = "Subscriptions.Promotions.Manage";
    // Tenant
    public const string Order = "Subscriptions.Order";
    public const string View = "Subscriptions.View";
}
