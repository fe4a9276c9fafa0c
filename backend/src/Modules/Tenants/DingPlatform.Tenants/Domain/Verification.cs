using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Tenants.Domain;

/// <summary>What a tenant submits for review (SPEC §3 "Eligibility", contract §3.2): the company's legal name,
/// its unified social credit code, taxpayer type and invoice profile.</summary>
public sealed record Verification(
    string LegalName, string CreditCode, TaxpayerType TaxpayerType, InvoiceProfile InvoiceProfile,
    DateTimeOffset SubmittedAt)
{
    // For EF: owned types holding another owned type are materialised through a parameterless constructor.
    private Verification() : this("", "", default, null!, default) { }
}
