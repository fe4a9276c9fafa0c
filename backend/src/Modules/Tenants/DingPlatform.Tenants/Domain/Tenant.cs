using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Tenants.Domain;

/// <summary>A company using the platform. Verification (SPEC §3.2) and suspension are its rules; only a
/// verified tenant may buy Professional.</summary>
public sealed class Tenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public TenantStatus Status { get; private set; }
    public string? SuspensionReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public VerificationStatus VerificationStatus { get; private set; }
    public string? VerificationNote { get; private set; }
    public Verification? Verification { get; private set; }
    public DateTimeOffset? VerificationReviewedAt { get; private set; }
    /// <summary>Set while a verification holds the code, so one company cannot be two tenants.</summary>
    public string? VerifiedCreditCode { get; private set; }

    private Tenant() { }

    public static Tenant SignUp(string name, DateTimeOffset now) =>
        new() { Name = name.Trim(), CreatedAt = now, Status = TenantStatus.Active, VerificationStatus = VerificationStatus.Unverified };

    public void SubmitVerification(Verification verification)
    {
        if (VerificationStatus is VerificationStatus.Verified)
            throw new BusinessException(TenantsErrors.VerificationLocked,
                "The company is verified; contact the provider to change its details.");
        if (VerificationStatus is VerificationStatus.Revoked)
            throw new BusinessException(TenantsErrors.VerificationLocked,
                "Verification was revoked by the provider; contact them to resubmit.");
        Verification = verification;
        VerificationReviewedAt = null;
        VerificationStatus = VerificationStatus.Pending;
        VerificationNote = null;
    }

    public void Approve(DateTimeOffset now)
    {
        EnsurePending();
        VerificationStatus = VerificationStatus.Verified;
        VerificationReviewedAt = now;
        VerifiedCreditCode = Verification!.CreditCode;
        VerificationNote = null;
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        EnsurePending();
        VerificationStatus = VerificationStatus.Rejected;
        VerificationReviewedAt = now;
        VerificationNote = reason.Trim();
    }

    /// <summary>SPEC §3.6: the provider may revoke a verification; Subscriptions then suspends or ends Professional.</summary>
    public void Revoke(string reason, DateTimeOffset now)
    {
        if (VerificationStatus is not VerificationStatus.Verified)
            throw new BusinessException(TenantsErrors.NotVerified, "Only a verified company's verification can be revoked.");
        VerificationStatus = VerificationStatus.Revoked;
        VerificationReviewedAt = now;
        VerifiedCreditCode = null;
        VerificationNote = reason.Trim();
    }

    public void Suspend(string reason)
    {
        if (Status is TenantStatus.Suspended)
            throw new BusinessException(TenantsErrors.AlreadySuspended, "The tenant is already suspended.");
        Status = TenantStatus.Suspended;
        SuspensionReason = reason.Trim();
    }

    public void Reinstate()
    {
        if (Status is not TenantStatus.Suspended)
            throw new BusinessException(TenantsErrors.NotSuspended, "The tenant is not suspended.");
        Status = TenantStatus.Active;
        SuspensionReason = null;
    }

    private void EnsurePending()
    {
        if (VerificationStatus is not VerificationStatus.Pending)
            throw new BusinessException(TenantsErrors.VerificationNotPending,
                $"The verification is {VerificationStatus}, not pending review.");
    }
}
