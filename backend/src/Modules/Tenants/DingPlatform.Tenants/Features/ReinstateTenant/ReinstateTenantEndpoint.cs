using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.ReinstateTenant;

internal sealed class ReinstateTenantEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapPost("/{id:guid}/reinstate", Handle)
            .RequirePermission(TenantsPermissions.TenantsManage).WithName("ReinstateTenant");

    private static Task<TenantDto> Handle(Guid id, ReinstateTenant useCase, CancellationToken ct) => useCase.ExecuteAsync(id, ct);
}
