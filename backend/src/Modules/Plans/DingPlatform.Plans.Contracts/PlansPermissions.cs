namespace DingPlatform.Plans.Contracts;

public static class PlansPermissions
{
    public const string Manage = "Plans.Plans.Manage";
    public const string EntitlementsView = "Plans.Entitlements.View";
}
