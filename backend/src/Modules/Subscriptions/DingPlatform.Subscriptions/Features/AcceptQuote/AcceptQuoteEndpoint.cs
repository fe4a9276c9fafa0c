using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.AcceptQuote;

internal sealed class AcceptQuoteEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapPost("/quotes/{id:guid}/accept", Accept).RequirePermission(P.Order).TenantResource("quote").WithName("AcceptQuote");

    private static async Task<Created<OrderDto>> Accept(Guid id, AcceptQuote uc, CancellationToken ct) =>
        TypedResults.Created("/api/tenant/orders", await uc.ExecuteAsync(id, ct));
}
