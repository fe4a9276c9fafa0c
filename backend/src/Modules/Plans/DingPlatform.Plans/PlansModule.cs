using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Api;
using DingPlatform.Plans.Application;
using DingPlatform.Plans.Application.GetCatalog;
using DingPlatform.Plans.Application.GetComparison;
using DingPlatform.Plans.Application.GetEntitlements;
using DingPlatform.Plans.Application.UpdatePlan;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Persistence;
using DingPlatform.Plans.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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
        s.AddScoped<GetCatalog>();
        s.AddScoped<GetComparison>();
        s.AddScoped<UpdatePlan>();
        s.AddSingleton<EntitlementCache>();
        s.AddScoped<IEntitlementService, EntitlementService>();
        s.AddScoped<IPlanCatalog, PlanCatalog>();
        // A later module (Subscriptions) registers its own resolver, which wins.
        s.TryAddScoped<ITenantPlanResolver, StandardPlanResolver>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => PlansModel.Configure(modelBuilder);

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        context.Add(PlansPermissions.Manage, PermissionSide.Host, PlatformRoles.ProviderAdmin);
        context.Add(PlansPermissions.EntitlementsView, PermissionSide.Tenant, PlatformRoles.TenantAdmin, PlatformRoles.Member, PlatformRoles.Integrator);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => PlansEndpoints.Map(endpoints);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await PlansSeed.SeedAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
    }
}
