namespace DingPlatform.Tenants.Contracts;

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
