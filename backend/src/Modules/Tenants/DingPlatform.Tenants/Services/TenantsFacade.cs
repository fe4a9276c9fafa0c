using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Features;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Services;

/// <summary>What other modules may read of a tenant (<see cref="ITenantsFacade"/>): no tracking, and a
/// missing tenant is null rather than a 404, since the caller decides what that means.</summary>
internal sealed class TenantsFacade(PlatformDbContext db) : ITenantsFacade
{
    public async Task<TenantDto?> FindAsync(Guid tenantId, CancellationToken ct) =>
        (await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, ct))?.ToDto();

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken ct) =>
        await db.Set<Tenant>().AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
}
