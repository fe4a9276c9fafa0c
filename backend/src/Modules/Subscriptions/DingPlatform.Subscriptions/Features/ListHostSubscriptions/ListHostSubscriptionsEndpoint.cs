using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ListHostSubscriptions;

internal sealed class ListHostSubscriptionsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/subscriptions", "Subscriptions (provider)")
            .MapGet("/", List).RequirePermission(P.OrdersView).WithName("GetHostSubscriptions");

    private static Task<IReadOnlyList<SubscriptionDto>> List(SubscriptionStatus? status, ListHostSubscriptions q, CancellationToken ct)
        => q.ListAsync(status, ct);
}
