using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ListOrders;

internal sealed class ListOrdersEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Subscriptions").MapGet("/orders", ListOwn).RequirePermission(P.View).WithName("GetOrders");
        endpoints.MapApiGroup("/api/host/orders", "Orders (provider)").MapGet("/", ListAll).RequirePermission(P.OrdersView)
            .WithName("GetHostOrders");
    }

    private static Task<IReadOnlyList<OrderDto>> ListOwn(ListOrders q, CancellationToken ct) => q.ListAsync(null, ct);

    private static Task<IReadOnlyList<OrderDto>> ListAll(OrderStatus? status, ListOrders q, CancellationToken ct)
        => q.ListAllAsync(status, ct);
}
