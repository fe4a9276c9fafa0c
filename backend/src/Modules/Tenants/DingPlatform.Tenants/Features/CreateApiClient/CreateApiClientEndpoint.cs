using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.CreateApiClient;

internal sealed class CreateApiClientEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapPost("/api-clients", Handle)
            .RequirePermission(TenantsPermissions.ApiClientsManage).WithName("CreateApiClient");

    private static async Task<Created<ApiClientCreatedDto>> Handle(CreateApiClientRequest request, CreateApiClient useCase,
        CancellationToken ct) =>
        TypedResults.Created("/api/tenant/api-clients", await useCase.ExecuteAsync(request, ct));
}
