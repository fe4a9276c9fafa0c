using DingPlatform.Platform.Auditing;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Riok.Mapperly.Abstractions;

namespace DingPlatform.Tenants.Application;

[Mapper]
internal static partial class TenantMapper
{
    [MapperIgnoreSource(nameof(Tenant.VerifiedCreditCode))]
    public static partial TenantDto ToDto(this Tenant tenant);

    public static partial InvoiceProfile ToDomain(this InvoiceProfileDto dto);

    [MapperIgnoreSource(nameof(ApiClient.TenantId))]
    public static partial ApiClientDto ToDto(this ApiClient client);

    [MapperIgnoreSource(nameof(AuditEntry.Id))]
    [MapperIgnoreSource(nameof(AuditEntry.TenantId))]
    [MapperIgnoreSource(nameof(AuditEntry.ActorId))]
    public static partial AuditEntryDto ToDto(this AuditEntry entry);
}
