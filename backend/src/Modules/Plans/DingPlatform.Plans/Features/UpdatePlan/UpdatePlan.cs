using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;
using DingPlatform.Plans.Services;

namespace DingPlatform.Plans.Features.UpdatePlan;

/// <summary>Provider staff edit a plan: the edit becomes a new version; earlier versions stay as sold.</summary>
internal sealed class UpdatePlan(PlatformDbContext db, PlanStore plans, IAuditLog audit, TimeProvider clock, EntitlementCache cache)
{
    public async Task<PlanDto> ExecuteAsync(string code, UpdatePlanRequest request, CancellationToken ct)
    {
        var plan = await plans.GetAsync(code, ct);
        var version = plan.Revise(request.Name, request.AnnualPrice, request.Entitlements.Select(e => e.ToDomain()), clock.GetUtcNow());
        db.Add(version);
        audit.Record(null, "Plans.Revised",
            $"{code} v{version.Version}: {version.AnnualPrice:0.00} CNY, {version.Entitlements.Count} entitlements");
        await db.SaveChangesAsync(ct);
        cache.Clear();
        return plan.ToDto(withHistory: true);
    }
}
