using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Usage.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Usage.Contracts.UsagePermissions;

namespace DingPlatform.Usage.Features.RecordUsage;

/// <summary>201 for a new record, 200 for a repeated idempotency key (nothing counted again).</summary>
internal sealed class RecordUsageEndpoint : IEndpointFeature
{
    // The tag stays "Subscriptions": the OpenAPI document (and the SPA client generated from it) must not change.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapPost("/usage", Record).RequirePermission(P.Record).Produces<UsageRecordedDto>(201).WithName("RecordUsage");

    private static async Task<IResult> Record(RecordUsageRequest request, RecordUsage uc, CancellationToken ct)
    {
        var (result, created) = await uc.ExecuteAsync(request, ct);
        return created ? Results.Created("/api/tenant/usage", result) : Results.Ok(result);
    }
}
