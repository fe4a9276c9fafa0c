using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.SuspendTenant;

internal sealed class SuspendTenantEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapPost("/{id:guid}/suspend", Handle)
            .RequirePermission(TenantsPermissions.TenantsManage).WithName("SuspendTenant");

    private static Task<TenantDto> Handle(Guid id, ReasonRequest request, SuspendTenant useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(id, request.Reason, ct);
}
