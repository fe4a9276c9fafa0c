using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.RevokeApiClient;

internal sealed class RevokeApiClientEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapDelete("/api-clients/{id:guid}", Handle)
            .RequirePermission(TenantsPermissions.ApiClientsManage).TenantResource("api-client").WithName("RevokeApiClient");

    private static async Task<NoContent> Handle(Guid id, RevokeApiClient useCase, CancellationToken ct)
    {
        await useCase.ExecuteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
