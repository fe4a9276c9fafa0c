using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Application.GetCatalog;
using DingPlatform.Plans.Application.GetComparison;
using DingPlatform.Plans.Application.UpdatePlan;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Api;

internal static class PlansEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.MapApiGroup("/api/catalog", "Catalog").AllowAnonymous();
        catalog.MapGet("/plans", (GetCatalog q, CancellationToken ct) => q.PlansAsync(false, ct)).WithName("GetCatalogPlans");
        catalog.MapGet("/addons", (GetCatalog q, CancellationToken ct) => q.AddOnsAsync(ct)).WithName("GetCatalogAddOns");
        catalog.MapGet("/comparison", (GetComparison q, CancellationToken ct) => q.ExecuteAsync(ct)).WithName("GetPlanComparison");

        var host = endpoints.MapApiGroup("/api/host/plans", "Plans (provider)");
        host.MapGet("/", (GetCatalog q, CancellationToken ct) => q.PlansAsync(true, ct))
            .RequirePermission(PlansPermissions.Manage).WithName("GetHostPlans");
        host.MapPut("/{code}", (string code, UpdatePlanRequest request, UpdatePlan uc, CancellationToken ct) => uc.ExecuteAsync(code, request, ct))
            .RequirePermission(PlansPermissions.Manage).WithName("UpdatePlan");

        endpoints.MapApiGroup("/api/tenant/entitlements", "Entitlements")
            .MapGet("/", async (ICurrentTenant tenant, IEntitlementService entitlements, CancellationToken ct) =>
            {
                var tenantId = tenant.RequireId();
                var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
                return new EffectiveEntitlementsDto(effective.PlanCode, effective.PlanVersion, effective.ByKey.Values.ToList());
            })
            .RequirePermission(PlansPermissions.EntitlementsView).WithName("GetTenantEntitlements");
    }
}
