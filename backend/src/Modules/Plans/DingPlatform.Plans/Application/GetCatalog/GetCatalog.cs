using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Application.GetCatalog;

/// <summary>The public catalog: each plan's current version and the add-on packs.</summary>
internal sealed class GetCatalog(PlanStore plans)
{
    public async Task<IReadOnlyList<PlanDto>> PlansAsync(bool withHistory, CancellationToken ct) =>
        (await plans.AllAsync(ct)).Select(p => p.ToDto(withHistory)).ToList();

    public async Task<IReadOnlyList<AddOnPackDto>> AddOnsAsync(CancellationToken ct) =>
        (await plans.AddOnsAsync(ct)).Select(a => a.ToDto()).ToList();
}
