using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.RefundOrder;

internal sealed class RefundOrderEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/orders", "Orders (provider)")
            .MapPost("/{id:guid}/refund", Refund).RequirePermission(P.Refunds).WithName("RefundOrder");

    private static Task<OrderDto> Refund(Guid id, RefundRequest request, RefundOrder uc, CancellationToken ct)
        => uc.ExecuteAsync(id, request, ct);
}
