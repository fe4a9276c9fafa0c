using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.SubmitVerification;

/// <summary>The tenant admin submits the company's details for review (SPEC §3 "Eligibility", contract §3.2).</summary>
internal sealed class SubmitVerification(PlatformDbContext db, TenantStore tenants, TimeProvider clock)
{
    public async Task<TenantDto> ExecuteAsync(SubmitVerificationRequest request, CancellationToken ct)
    {
        var code = CreditCode.Normalize(request.CreditCode);
        if (CreditCode.Check(code) is { } problem)
            throw new InputException("creditCode", problem);
        var tenant = await tenants.GetCurrentAsync(ct);
        // One company, one tenant: a code verified for another tenant cannot be submitted again.
        if (await tenants.IsCreditCodeVerifiedElsewhereAsync(code, tenant.Id, ct))
            throw new BusinessException(TenantsErrors.CreditCodeTaken, "This credit code is already verified for another tenant.")
                .WithDetail("field", "creditCode");
        tenant.SubmitVerification(new Verification(request.LegalName.Trim(), code, request.TaxpayerType!.Value,
            request.InvoiceProfile.ToDomain(), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
