namespace DingPlatform.Platform.Authorization;

/// <summary>The built-in roles. Host roles belong to the provider's staff; tenant roles to a tenant's users.</summary>
public static class PlatformRoles
{
    public const string ProviderAdmin = "ProviderAdmin";
    public const string Billing = "Billing";
    public const string Support = "Support";
    public const string TenantAdmin = "TenantAdmin";
    public const string Member = "Member";
    /// <summary>Held by the tokens of a tenant's API clients (client credentials).</summary>
    public const string Integrator = "Integrator";

    public static readonly string[] Host = [ProviderAdmin, Billing, Support];
    public static readonly string[] Tenant = [TenantAdmin, Member];
}

public static class PlatformPermissions
{
    public const string JobsDashboard = "Platform.Jobs.Dashboard";
    public const string AuditView = "Platform.Audit.View";
}
