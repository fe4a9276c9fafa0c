using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Usage.Contracts.Dtos;
using DingPlatform.Usage.Persistence;
using DingPlatform.Usage.Services;

namespace DingPlatform.Usage.Features.GetUsage;

/// <summary>The usage page: every quota of the tenant's plan with what is used in its current period.</summary>
internal sealed class GetUsage(ICurrentTenant currentTenant, UsageCounters counters, IEntitlementService entitlements, QuotaWindows windows)
{
    public async Task<IReadOnlyList<UsageDto>> ExecuteAsync(CancellationToken ct)
    {
        var tenantId = currentTenant.RequireId();
        var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
        var result = new List<UsageDto>();
        foreach (var quota in effective.ByKey.Values.Where(e => e.Kind == EntitlementKind.Quota).OrderBy(e => e.Key))
        {
            var window = await windows.CurrentAsync(tenantId, quota.Period!.Value, ct);
            result.Add(new UsageDto(quota.Key, quota.Period.Value.ToString(),
                await counters.UsedAsync(tenantId, quota.Key, window.Start, ct), quota.Amount ?? 0, window.Start, window.End));
        }
        return result;
    }
}
