using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.GetCatalogAddOns;

internal sealed class GetCatalogAddOnsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/catalog", "Catalog").AllowAnonymous()
            .MapGet("/addons", Handle).WithName("GetCatalogAddOns");

    private static Task<IReadOnlyList<AddOnPackDto>> Handle(GetCatalogAddOns useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
