namespace DingPlatform.Subscriptions.Contracts;

/// <summary>Stable error codes (problem details <c>code</c>); clients and the SPA's translations key on them.</summary>
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
}
