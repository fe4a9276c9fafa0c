using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Features.GetApiClients;

/// <summary>The tenant's API clients, newest first, revoked ones included (without their secrets, which are
/// never stored in the clear).</summary>
internal sealed class GetApiClients(PlatformDbContext db)
{
    public async Task<IReadOnlyList<ApiClientDto>> ExecuteAsync(CancellationToken ct) =>
        (await db.Set<ApiClient>().AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.CreatedAt).Select(c => c.ToDto()).ToList();
}
