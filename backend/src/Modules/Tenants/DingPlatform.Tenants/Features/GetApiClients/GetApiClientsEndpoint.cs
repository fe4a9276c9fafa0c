using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetApiClients;

internal sealed class GetApiClientsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapGet("/api-clients", Handle)
            .RequirePermission(TenantsPermissions.ApiClientsManage).WithName("GetApiClients");

    private static Task<IReadOnlyList<ApiClientDto>> Handle(GetApiClients useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
