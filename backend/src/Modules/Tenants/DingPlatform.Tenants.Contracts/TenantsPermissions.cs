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

public static class TenantsErrors
{
    public const string EmailTaken = "Tenants:EmailTaken";
    public const string TenantSuspended = "Tenants:TenantSuspended";
    public const string InvalidCreditCode = "Tenants:InvalidCreditCode";
    public const string CreditCodeTaken = "Tenants:CreditCodeTaken";
    public const string VerificationNotPending = "Tenants:VerificationNotPending";
    public const string VerificationLocked = "Tenants:VerificationLocked";
    public const string NotVerified = "Tenants:NotVerified";
    public const string AlreadySuspended = "Tenants:AlreadySuspended";
    public const string NotSuspended = "Tenants:NotSuspended";
    public const string MemberLimitReached = "Tenants:MemberLimitReached";
    public const string CannotRemoveSelf = "Tenants:CannotRemoveSelf";
    public const string ApiClientRevoked = "Tenants:ApiClientRevoked";
    public const string WeakPassword = "Tenants:WeakPassword";
}

public enum VerificationStatus { Unverified, Pending, Verified, Rejected, Revoked }

public enum TenantStatus { Active, Suspended }

public enum TaxpayerType { General, SmallScale }
