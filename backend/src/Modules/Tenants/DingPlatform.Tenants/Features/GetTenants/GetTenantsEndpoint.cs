using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetTenants;

internal sealed class GetTenantsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapGet("/", Handle)
            .RequirePermission(TenantsPermissions.TenantsView).WithName("GetTenants");

    private static Task<IReadOnlyList<TenantDto>> Handle(
        TenantStatus? status, VerificationStatus? verificationStatus, string? search, GetTenants useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(new TenantFilter(status, verificationStatus, search), ct);
}
