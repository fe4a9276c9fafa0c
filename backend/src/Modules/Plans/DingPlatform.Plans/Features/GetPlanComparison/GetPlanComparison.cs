using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;

namespace DingPlatform.Plans.Features.GetPlanComparison;

/// <summary>Side by side: one row per entitlement key, one column per plan, in the order the most
/// complete plan lists them.</summary>
internal sealed class GetPlanComparison(PlanStore plans)
{
    public async Task<ComparisonDto> ExecuteAsync(CancellationToken ct)
    {
        var all = (await plans.AllAsync(ct)).Select(p => p.ToDto()).ToList();
        var keys = all.OrderByDescending(p => p.Entitlements.Count).SelectMany(p => p.Entitlements).DistinctBy(e => e.Key).ToList();
        var rows = keys.Select(k => new ComparisonRowDto(k.Key, k.Kind, k.Unit, k.Period,
            all.ToDictionary(p => p.Code, p => p.Entitlements.FirstOrDefault(e => e.Key == k.Key)))).ToList();
        return new ComparisonDto(all.Select(p => new ComparisonPlanDto(p.Code, p.Name, p.AnnualPrice)).ToList(), rows);
    }
}
