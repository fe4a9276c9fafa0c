using DingPlatform.Platform.Errors;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>SPEC §3.2 (Eligibility): "Only a verified enterprise may subscribe to Professional." Checked when a
/// plan is quoted and again when the quote is accepted, since a verification can be revoked in between (§3.6).
/// Add-on-only quotes and orders are not subscriptions to Professional and are not checked.</summary>
public static class OnlyVerifiedCompaniesSubscribe
{
    public const string Message = "Only a verified company may subscribe to Professional (§3.2). Submit your verification first.";

    public static void Check(VerificationStatus status)
    {
        if (status != VerificationStatus.Verified) throw new BusinessException(SubscriptionsErrors.NotVerified, Message);
    }
}
