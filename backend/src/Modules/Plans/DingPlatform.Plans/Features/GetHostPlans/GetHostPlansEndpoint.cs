using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.GetHostPlans;

internal sealed class GetHostPlansEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/plans", "Plans (provider)")
            .MapGet("/", Handle)
            .RequirePermission(PlansPermissions.Manage).WithName("GetHostPlans");

    private static Task<IReadOnlyList<PlanDto>> Handle(GetHostPlans useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
