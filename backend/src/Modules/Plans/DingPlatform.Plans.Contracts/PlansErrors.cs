namespace DingPlatform.Plans.Contracts;

public static class PlansErrors
{
    public const string PlanNotFound = "Plans:PlanNotFound";
    public const string InvalidEntitlement = "Plans:InvalidEntitlement";
    public const string LimitReached = "Plans:LimitReached";
}
