using DingPlatform.Platform.Auditing;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Riok.Mapperly.Abstractions;

namespace DingPlatform.Tenants.Features;

[Mapper]
internal static partial class TenantMapper
{
    public static TenantDto ToDto(this Tenant t) => new(
        t.Id, t.Name, t.Status, t.SuspensionReason, t.CreatedAt, t.VerificationStatus, t.VerificationNote,
        t.Verification is { } v
            ? new VerificationDto(v.LegalName, v.CreditCode, v.TaxpayerType, v.InvoiceProfile.ToDto(), v.SubmittedAt,
                t.VerificationReviewedAt) : null);

    public static partial InvoiceProfileDto ToDto(this InvoiceProfile profile);

    public static partial InvoiceProfile ToDomain(this InvoiceProfileDto dto);

    [MapperIgnoreSource(nameof(ApiClient.TenantId))]
    public static partial ApiClientDto ToDto(this ApiClient client);

    [MapperIgnoreSource(nameof(AuditEntry.Id))]
    [MapperIgnoreSource(nameof(AuditEntry.TenantId))]
    [MapperIgnoreSource(nameof(AuditEntry.ActorId))]
    public static partial AuditEntryDto ToDto(this AuditEntry entry);
}
