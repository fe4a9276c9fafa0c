namespace DingPlatform.Subscriptions.Contracts;

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
    public const string UsageRecord = "Usage.Record";
    public const string UsageView = "Usage.View";
}

public static class SubscriptionsErrors
{
    public const string NotVerified = "Subscriptions:NotVerified";
    public const string UnknownPlan = "Subscriptions:UnknownPlan";
    public const string FreePlan = "Subscriptions:FreePlan";
    public const string UnknownAddOn = "Subscriptions:UnknownAddOn";
    public const string UnknownVoucher = "Subscriptions:UnknownVoucher";
    public const string AddOnNeedsSubscription = "Subscriptions:AddOnNeedsSubscription";
    public const string QuoteExpired = "Subscriptions:QuoteExpired";
    public const string QuoteUsed = "Subscriptions:QuoteUsed";
    public const string NoRefunds = "Subscriptions:NoRefunds";
    public const string VerificationNotRevoked = "Subscriptions:VerificationNotRevoked";
    public const string InvalidTransition = "Subscriptions:InvalidTransition";
    public const string OrderLapsed = "Orders:Lapsed";
    public const string OrderAlreadyPaid = "Orders:AlreadyPaid";
    public const string OrderNotPaid = "Orders:NotPaid";
    public const string AmountMismatch = "Payments:AmountMismatch";
    public const string PaymentForOtherOrder = "Payments:ReferenceUsed";
    public const string QuotaExceeded = "Usage:QuotaExceeded";
    public const string NotAQuota = "Usage:NotAQuota";
    public const string RateLimited = "Usage:RateLimited";
}

public enum OrderStatus { PendingPayment, Overdue, Paid, Lapsed, Refunded }

public enum PaymentMethod { BankTransfer, Card }

public enum SubscriptionStatus { Active, Suspended, Expired, Terminated, Refunded }

public enum LineKind { Plan, AddOn }
