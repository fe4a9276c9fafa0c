using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.GetOrder;

internal sealed class GetOrderEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapGet("/orders/{id:guid}", GetOwn).RequirePermission(P.View).TenantResource("order").WithName("GetOrder");
        endpoints.MapApiGroup("/api/host/orders", "Orders (provider)")
            .MapGet("/{id:guid}", GetAny).RequirePermission(P.OrdersView).WithName("GetHostOrder");
    }

    private static Task<OrderDto> GetOwn(Guid id, GetOrder q, CancellationToken ct) => q.GetAsync(id, ct);

    private static Task<OrderDto> GetAny(Guid id, GetOrder q, CancellationToken ct) => q.GetAnyAsync(id, ct);
}
