using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Usage.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Usage.Contracts.UsagePermissions;

namespace DingPlatform.Usage.Features.GetUsage;

internal sealed class GetUsageEndpoint : IEndpointFeature
{
    // The tag stays "Subscriptions": the OpenAPI document (and the SPA client generated from it) must not change.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions").MapGet("/usage", Get).RequirePermission(P.View).WithName("GetUsage");

    private static Task<IReadOnlyList<UsageDto>> Get(GetUsage q, CancellationToken ct) => q.ExecuteAsync(ct);
}
