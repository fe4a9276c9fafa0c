using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;

namespace DingPlatform.Plans.Features.GetCatalogAddOns;

/// <summary>The add-on packs on sale, for the public catalog and the quote form.</summary>
internal sealed class GetCatalogAddOns(PlanStore plans)
{
    public async Task<IReadOnlyList<AddOnPackDto>> ExecuteAsync(CancellationToken ct) =>
        (await plans.AddOnsAsync(ct)).Select(a => a.ToDto()).ToList();
}
