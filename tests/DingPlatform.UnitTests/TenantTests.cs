using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;

namespace DingPlatform.UnitTests;

public sealed class TenantTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static Verification SomeVerification() => new("甲公司", "91110108596007659D", TaxpayerType.General,
        new InvoiceProfile("甲公司", "91110108596007659D", "北京", "010-1", "银行", "123456"), Now);

    [Fact]
    public void Verification_goes_pending_then_verified_and_holds_the_credit_code()
    {
        var t = Tenant.SignUp(" 甲公司 ", Now);
        t.Name.ShouldBe("甲公司");
        t.VerificationStatus.ShouldBe(VerificationStatus.Unverified);
        t.SubmitVerification(SomeVerification());
        t.VerificationStatus.ShouldBe(VerificationStatus.Pending);
        t.VerifiedCreditCode.ShouldBeNull();
        t.Approve(Now);
        t.VerificationStatus.ShouldBe(VerificationStatus.Verified);
        t.VerifiedCreditCode.ShouldBe("91110108596007659D");
        t.VerificationReviewedAt.ShouldBe(Now);
    }

    [Fact]
    public void Only_a_pending_verification_is_reviewed()
    {
        var t = Tenant.SignUp("甲", Now);
        Should.Throw<BusinessException>(() => t.Approve(Now)).Code.ShouldBe(TenantsErrors.VerificationNotPending);
        Should.Throw<BusinessException>(() => t.Reject("x", Now)).Code.ShouldBe(TenantsErrors.VerificationNotPending);
    }

    [Fact]
    public void A_verified_company_cannot_resubmit_and_a_revoked_one_waits_for_the_provider()
    {
        var t = Tenant.SignUp("甲", Now);
        t.SubmitVerification(SomeVerification());
        t.Approve(Now);
        Should.Throw<BusinessException>(() => t.SubmitVerification(SomeVerification())).Code.ShouldBe(TenantsErrors.VerificationLocked);
        t.Revoke("执照吊销", Now);
        t.VerifiedCreditCode.ShouldBeNull();
        t.VerificationNote.ShouldBe("执照吊销");
        Should.Throw<BusinessException>(() => t.SubmitVerification(SomeVerification())).Code.ShouldBe(TenantsErrors.VerificationLocked);
    }

    [Fact]
    public void Suspension_toggles_once_each_way()
    {
        var t = Tenant.SignUp("甲", Now);
        Should.Throw<BusinessException>(t.Reinstate).Code.ShouldBe(TenantsErrors.NotSuspended);
        t.Suspend(" 欠费 ");
        t.SuspensionReason.ShouldBe("欠费");
        Should.Throw<BusinessException>(() => t.Suspend("again")).Code.ShouldBe(TenantsErrors.AlreadySuspended);
        t.Reinstate();
        t.Status.ShouldBe(TenantStatus.Active);
        t.SuspensionReason.ShouldBeNull();
    }
}
