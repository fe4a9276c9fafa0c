namespace DingPlatform.Plans.Contracts;

/// <summary>The two seeded plans (SPEC §3 "Plans and entitlements", contract §2.1).</summary>
public static class PlanCodes
{
    public const string Standard = "standard";
    public const string Professional = "professional";
}
