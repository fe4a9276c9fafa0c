using DingPlatform.Platform.Auditing;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.GetTenantAudit;

/// <summary>What provider staff did on a tenant (SPEC §1: every host action on a tenant is audited, contract
/// §6); a tenant that does not exist is a 404, not an empty trail.</summary>
internal sealed class GetTenantAudit(TenantStore tenants, IAuditLog audit)
{
    public async Task<IReadOnlyList<AuditEntryDto>> ExecuteAsync(Guid id, CancellationToken ct)
    {
        await tenants.GetAsync(id, ct);
        return (await audit.ForTenantAsync(id, ct)).Select(a => a.ToDto()).ToList();
    }
}
