using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetTenantProfile;

internal sealed class GetTenantProfileEndpoint : IEndpointFeature
{
    // A suspended tenant may still read its profile: it is where the portal shows why.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapGet("/profile", Handle).AllowWhileSuspended()
            .RequirePermission(TenantsPermissions.ProfileView).WithName("GetTenantProfile");

    private static Task<TenantDto> Handle(GetTenantProfile useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
