using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Application.QueryTenants;

internal sealed record TenantFilter(TenantStatus? Status, VerificationStatus? VerificationStatus, string? Search);

/// <summary>Reads for the provider console and the tenant's own profile page.</summary>
internal sealed class QueryTenants(PlatformDbContext db, TenantStore tenants, IAuditLog audit) : ITenantsFacade
{
    public async Task<IReadOnlyList<TenantDto>> ListAsync(TenantFilter filter, CancellationToken ct)
    {
        var q = db.Set<Tenant>().AsNoTracking();
        if (filter.Status is { } s) q = q.Where(t => t.Status == s);
        if (filter.VerificationStatus is { } v) q = q.Where(t => t.VerificationStatus == v);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            q = q.Where(t => t.Name.Contains(term) || (t.Verification != null && (t.Verification.LegalName.Contains(term) || t.Verification.CreditCode.Contains(term))));
        }
        var list = await q.Take(500).ToListAsync(ct);
        return list.OrderByDescending(t => t.CreatedAt).Select(t => t.ToDto()).ToList();
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken ct) => (await tenants.GetAsync(id, ct)).ToDto();

    public async Task<TenantDto> GetCurrentAsync(CancellationToken ct) => (await tenants.GetCurrentAsync(ct)).ToDto();

    public async Task<IReadOnlyList<AuditEntryDto>> AuditAsync(Guid id, CancellationToken ct)
    {
        await tenants.GetAsync(id, ct);
        return (await audit.ForTenantAsync(id, ct)).Select(a => a.ToDto()).ToList();
    }

    public async Task<TenantDto?> FindAsync(Guid tenantId, CancellationToken ct) =>
        (await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, ct))?.ToDto();

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken ct) =>
        await db.Set<Tenant>().AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
}
