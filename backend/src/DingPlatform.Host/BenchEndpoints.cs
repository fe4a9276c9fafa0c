using DingPlatform.Plans.Contracts;

namespace DingPlatform.Host;

/// <summary>The baseline of etc/bench: the same entitlement read as GET /api/tenant/entitlements, with no
/// token, tenant resolution, rate limit or metering. Mapped only with Bench:Enabled=true, outside /api.</summary>
internal static class BenchEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/bench/entitlements/{tenantId:guid}", async (Guid tenantId, IEntitlementService entitlements, CancellationToken ct) =>
            {
                var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
                return new EffectiveEntitlementsDto(effective.PlanCode, effective.PlanVersion, effective.ByKey.Values.ToList());
            })
            .AllowAnonymous().ExcludeFromDescription();
}
