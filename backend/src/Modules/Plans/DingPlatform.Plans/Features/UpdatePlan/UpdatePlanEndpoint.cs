using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Plans.Features.UpdatePlan;

internal sealed class UpdatePlanEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/plans", "Plans (provider)")
            .MapPut("/{code}", Handle)
            .RequirePermission(PlansPermissions.Manage).WithName("UpdatePlan");

    private static Task<PlanDto> Handle(string code, UpdatePlanRequest request, UpdatePlan useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(code, request, ct);
}
