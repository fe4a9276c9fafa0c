using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.GetCatalogPlans;

internal sealed class GetCatalogPlansEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/catalog", "Catalog").AllowAnonymous()
            .MapGet("/plans", Handle).WithName("GetCatalogPlans");

    private static Task<IReadOnlyList<PlanDto>> Handle(GetCatalogPlans useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
