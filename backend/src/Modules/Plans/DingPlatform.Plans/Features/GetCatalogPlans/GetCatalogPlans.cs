using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;

namespace DingPlatform.Plans.Features.GetCatalogPlans;

/// <summary>The public catalog: each plan's current version, without the history staff see.</summary>
internal sealed class GetCatalogPlans(PlanStore plans)
{
    public async Task<IReadOnlyList<PlanDto>> ExecuteAsync(CancellationToken ct) =>
        (await plans.AllAsync(ct)).Select(p => p.ToDto(withHistory: false)).ToList();
}
