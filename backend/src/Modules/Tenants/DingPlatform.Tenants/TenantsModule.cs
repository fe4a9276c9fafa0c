using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Features.AddMember;
using DingPlatform.Tenants.Features.ApproveVerification;
using DingPlatform.Tenants.Features.CheckCreditCode;
using DingPlatform.Tenants.Features.CreateApiClient;
using DingPlatform.Tenants.Features.GetApiClients;
using DingPlatform.Tenants.Features.GetMembers;
using DingPlatform.Tenants.Features.GetTenant;
using DingPlatform.Tenants.Features.GetTenantAudit;
using DingPlatform.Tenants.Features.GetTenantProfile;
using DingPlatform.Tenants.Features.GetTenants;
using DingPlatform.Tenants.Features.ReinstateTenant;
using DingPlatform.Tenants.Features.RejectVerification;
using DingPlatform.Tenants.Features.RemoveMember;
using DingPlatform.Tenants.Features.RevokeApiClient;
using DingPlatform.Tenants.Features.RevokeVerification;
using DingPlatform.Tenants.Features.SignUp;
using DingPlatform.Tenants.Features.SubmitVerification;
using DingPlatform.Tenants.Features.SuspendTenant;
using DingPlatform.Tenants.Persistence;
using DingPlatform.Tenants.Services;
using Microsoft.AspNetCore.Routing;
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
        s.AddScoped<GetTenantProfile>();
        s.AddScoped<SubmitVerification>();
        s.AddScoped<GetMembers>();
        s.AddScoped<AddMember>();
        s.AddScoped<RemoveMember>();
        s.AddScoped<GetApiClients>();
        s.AddScoped<CreateApiClient>();
        s.AddScoped<RevokeApiClient>();
        s.AddScoped<GetTenants>();
        s.AddScoped<GetTenant>();
        s.AddScoped<GetTenantAudit>();
        s.AddScoped<ApproveVerification>();
        s.AddScoped<RejectVerification>();
        s.AddScoped<RevokeVerification>();
        s.AddScoped<SuspendTenant>();
        s.AddScoped<ReinstateTenant>();
        s.AddScoped<ITenantsFacade, TenantsFacade>();
        // One directory per process: its memory cache is what makes a suspension or a revoked client take effect at once here.
        s.AddSingleton<TenantDirectory>();
        s.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantDirectory>());
        s.AddSingleton<ITenantRequestGuard, TenantAccessGuard>();
    }
}
