using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.GetTenantEntitlements;

internal sealed class GetTenantEntitlementsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant/entitlements", "Entitlements")
            .MapGet("/", Handle)
            .RequirePermission(PlansPermissions.EntitlementsView).WithName("GetTenantEntitlements");

    private static Task<EffectiveEntitlementsDto> Handle(GetTenantEntitlements useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
