using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;

using DingPlatform.Tenants.Api;
using DingPlatform.Tenants.Application;
using DingPlatform.Tenants.Application.ApiClients;
using DingPlatform.Tenants.Application.Members;
using DingPlatform.Tenants.Application.QueryTenants;
using DingPlatform.Tenants.Application.ReviewVerification;
using DingPlatform.Tenants.Application.SignUp;
using DingPlatform.Tenants.Application.SubmitVerification;
using DingPlatform.Tenants.Application.SuspendTenant;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;
using DingPlatform.Tenants.Seed;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Tenants;

/// <summary>Tenants: sign-up, verification, suspension, members and API clients. It uses Plans only through
/// Plans.Contracts (the member limit); the host composes the two.</summary>

public sealed class TenantsModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddMemoryCache();
        s.AddScoped<TenantStore>();
        s.AddScoped<UserAccounts>();
        s.AddScoped<SignUp>();
        s.AddScoped<SubmitVerification>();
        s.AddScoped<ReviewVerification>();
        s.AddScoped<SuspendTenant>();
        s.AddScoped<QueryTenants>();
        s.AddScoped<ITenantsFacade>(sp => sp.GetRequiredService<QueryTenants>());
        s.AddScoped<Members>();
        s.AddScoped<ApiClients>();
        s.AddSingleton<TenantDirectory>();
        s.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantDirectory>());
        s.AddSingleton<ITenantRequestGuard, TenantAccessGuard>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => TenantsModel.Configure(modelBuilder);

    public override void DefinePermissions(PermissionDefinitionContext c)
    {
        c.Add(TenantsPermissions.TenantsView, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing, PlatformRoles.Support);
        c.Add(TenantsPermissions.TenantsManage, PermissionSide.Host, PlatformRoles.ProviderAdmin);
        c.Add(TenantsPermissions.VerificationReview, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing);
        c.Add(TenantsPermissions.ProfileView, PermissionSide.Tenant, PlatformRoles.TenantAdmin, PlatformRoles.Member);
        c.Add(TenantsPermissions.VerificationSubmit, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.MembersView, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.MembersManage, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
        c.Add(TenantsPermissions.ApiClientsManage, PermissionSide.Tenant, PlatformRoles.TenantAdmin);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => TenantsEndpoints.Map(endpoints);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await TenantsSeed.SeedAsync(scope.ServiceProvider, cancellationToken);
    }
}
