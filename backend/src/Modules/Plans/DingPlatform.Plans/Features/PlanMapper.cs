using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Domain;
using Riok.Mapperly.Abstractions;

namespace DingPlatform.Plans.Features;

[Mapper]
internal static partial class PlanMapper
{
    public static partial EntitlementDto ToDto(this Entitlement entitlement);
    [MapperIgnoreSource(nameof(AddOnPack.IsActive))]
    public static partial AddOnPackDto ToDto(this AddOnPack pack);

    public static Entitlement ToDomain(this EntitlementDto dto) =>
        Entitlement.Create(dto.Key, dto.Kind, dto.Enabled, dto.Amount, dto.Unit, dto.Period, dto.Note);

    public static PlanDto ToDto(this Plan plan, bool withHistory = false)
    {
        var v = plan.Current;
        return new PlanDto(plan.Code, v.Name, v.Version, v.AnnualPrice, plan.IsFree,
            v.Entitlements.Select(e => e.ToDto()).ToList(),
            withHistory ? plan.Versions.OrderByDescending(x => x.Version)
                .Select(x => new PlanVersionSummaryDto(x.Version, x.CreatedAt, x.AnnualPrice)).ToList() : null);
    }
}
