using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Plans.Persistence;

/// <summary>Loads plans with their versions and entitlements (plans are few and small).</summary>
internal sealed class PlanStore(PlatformDbContext db)
{
    public async Task<List<Plan>> AllAsync(CancellationToken ct) =>
        (await db.Set<Plan>().Include(p => p.Versions).ThenInclude(v => v.Entitlements).ToListAsync(ct))
            .OrderBy(p => p.SortOrder).ToList();

    public async Task<Plan> GetAsync(string code, CancellationToken ct) =>
        await db.Set<Plan>().Include(p => p.Versions).ThenInclude(v => v.Entitlements).SingleOrDefaultAsync(p => p.Code == code, ct)
        ?? throw new BusinessException(PlansErrors.PlanNotFound, $"Plan '{code}' was not found.", 404);

    public async Task<PlanVersion?> FindVersionAsync(string code, int? version, CancellationToken ct)
    {
        var query = db.Set<PlanVersion>().AsNoTracking().Where(v => v.PlanCode == code);
        query = version is { } n ? query.Where(v => v.Version == n) : query.OrderByDescending(v => v.Version);
        return await query.FirstOrDefaultAsync(ct);
    }

    public async Task<List<AddOnPack>> AddOnsAsync(CancellationToken ct) =>
        (await db.Set<AddOnPack>().Where(a => a.IsActive).ToListAsync(ct)).OrderBy(a => a.Code).ToList();
}
