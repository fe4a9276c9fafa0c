namespace DingPlatform.Usage.Contracts;

/// <summary>The module's permission names. The strings are what roles store and the SPA checks: never rename them.</summary>
public static class UsagePermissions
{
    // Tenant
    public const string Record = "Usage.Record";
    public const string View = "Usage.View";
}
