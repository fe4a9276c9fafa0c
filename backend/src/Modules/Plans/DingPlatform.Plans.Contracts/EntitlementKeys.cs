namespace DingPlatform.Plans.Contracts;

/// <summary>The entitlement keys of appendix 1 (SPEC §3 "Plans and entitlements") that code refers to.</summary>
public static class EntitlementKeys
{
    public const string Members = "members";
    public const string ApiRate = "api.rate";
    public const string ApiCalls = "api.calls";
    public const string ChatRetention = "chat.retention";
    public const string Storage = "storage";
    public const string Ding = "ding";
    public const string PhoneConference = "phone-conference";
}
