using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetTenant;

internal sealed class GetTenantEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapGet("/{id:guid}", Handle)
            .RequirePermission(TenantsPermissions.TenantsView).WithName("GetTenant");

    private static Task<TenantDto> Handle(Guid id, GetTenant useCase, CancellationToken ct) => useCase.ExecuteAsync(id, ct);
}
