using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Features.GetCatalogAddOns;
using DingPlatform.Plans.Features.GetCatalogPlans;
using DingPlatform.Plans.Features.GetHostPlans;
using DingPlatform.Plans.Features.GetPlanComparison;
using DingPlatform.Plans.Features.GetTenantEntitlements;
using DingPlatform.Plans.Features.UpdatePlan;
using DingPlatform.Plans.Persistence;
using DingPlatform.Plans.Services;
using DingPlatform.Platform.Modularity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DingPlatform.Plans;

/// <summary>Plans, versions, typed entitlements, add-on packs, and the entitlement service every other
/// module asks.</summary>
public sealed class PlansModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddScoped<PlanStore>();
        s.AddScoped<GetCatalogPlans>();
        s.AddScoped<GetCatalogAddOns>();
        s.AddScoped<GetPlanComparison>();
        s.AddScoped<GetHostPlans>();
        s.AddScoped<UpdatePlan>();
        s.AddScoped<GetTenantEntitlements>();
        // Plan versions never change, so their entitlements live as long as the process (see EntitlementCache).
        s.AddSingleton<EntitlementCache>();
        s.AddScoped<IEntitlementService, EntitlementService>();
        s.AddScoped<IPlanCatalog, PlanCatalog>();
        // A later module (Subscriptions) registers its own resolver, which wins.
        s.TryAddScoped<ITenantPlanResolver, StandardPlanResolver>();
    }
}
