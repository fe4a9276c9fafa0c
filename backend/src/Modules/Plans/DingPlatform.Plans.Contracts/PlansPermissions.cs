namespace DingPlatform.Plans.Contracts;

public static class PlansPermissions
{
    public const string Manage = "Plans.Plans.Manage";
    public const string EntitlementsView = "Plans.Entitlements.View";
}

public static class PlansErrors
{
    public const string PlanNotFound = "Plans:PlanNotFound";
    public const string InvalidEntitlement = "Plans:InvalidEntitlement";
    public const string LimitReached = "Plans:LimitReached";
}
