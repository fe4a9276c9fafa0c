using DingPlatform.Platform.Data;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Domain;
using DingPlatform.Plans.Features;
using DingPlatform.Plans.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Plans.Services;

/// <summary>The catalog as other modules read it to price an order (<see cref="IPlanCatalog"/>).</summary>
internal sealed class PlanCatalog(PlanStore plans, PlatformDbContext db) : IPlanCatalog
{
    public async Task<PlanVersionInfo?> FindCurrentAsync(string planCode, CancellationToken ct)
    {
        var isFree = await db.Set<Plan>().Where(p => p.Code == planCode).Select(p => (bool?)p.IsFree).SingleOrDefaultAsync(ct);
        if (isFree is null) return null;
        var v = await plans.FindVersionAsync(planCode, null, ct);
        return v is null ? null : new PlanVersionInfo(v.PlanCode, v.Version, v.Name, v.AnnualPrice, isFree.Value);
    }

    public async Task<AddOnInfo?> FindAddOnAsync(string code, CancellationToken ct) =>
        await db.Set<AddOnPack>().Where(a => a.Code == code && a.IsActive)
            .Select(a => new AddOnInfo(a.Code, a.Name, a.EntitlementKey, a.Amount, a.Price)).SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<EntitlementDto>> EntitlementsAsync(string planCode, int version, CancellationToken ct) =>
        (await plans.FindVersionAsync(planCode, version, ct))?.Entitlements.Select(e => e.ToDto()).ToList() ?? [];
}
