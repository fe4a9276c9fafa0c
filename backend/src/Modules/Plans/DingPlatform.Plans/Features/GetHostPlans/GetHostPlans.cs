using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;

namespace DingPlatform.Plans.Features.GetHostPlans;

/// <summary>The plans for provider staff, each with its version history (what was sold at which price).</summary>
internal sealed class GetHostPlans(PlanStore plans)
{
    public async Task<IReadOnlyList<PlanDto>> ExecuteAsync(CancellationToken ct) =>
        (await plans.AllAsync(ct)).Select(p => p.ToDto(withHistory: true)).ToList();
}
