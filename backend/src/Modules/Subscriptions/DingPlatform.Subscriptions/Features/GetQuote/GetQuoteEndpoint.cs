using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.GetQuote;

internal sealed class GetQuoteEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapGet("/quotes/{id:guid}", Get).RequirePermission(P.View).TenantResource("quote").WithName("GetQuote");

    private static Task<QuoteDto> Get(Guid id, GetQuote q, CancellationToken ct) => q.ExecuteAsync(id, ct);
}
