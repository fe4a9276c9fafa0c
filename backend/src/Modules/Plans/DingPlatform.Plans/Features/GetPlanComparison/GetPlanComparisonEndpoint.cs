using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.GetPlanComparison;

internal sealed class GetPlanComparisonEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/catalog", "Catalog").AllowAnonymous()
            .MapGet("/comparison", Handle).WithName("GetPlanComparison");

    private static Task<ComparisonDto> Handle(GetPlanComparison useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
