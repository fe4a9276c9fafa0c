namespace DingPlatform.Tenants.Contracts;

public static class TenantsPermissions
{
    // Host (provider staff)
    public const string TenantsView = "Tenants.Tenants.View";
    public const string TenantsManage = "Tenants.Tenants.Manage";
    public const string VerificationReview = "Tenants.Verification.Review";
    // Tenant
    public const string ProfileView = "Tenants.Profile.View";
    public const string VerificationSubmit = "Tenants.Verification.Submit";
    public const string MembersView = "Tenants.Members.View";
    public const string MembersManage = "Tenants.Members.Manage";
    public const string ApiClientsManage = "Tenants.ApiClients.Manage";
}
