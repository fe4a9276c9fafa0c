using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.GetTenantSubscription;

internal sealed class GetTenantSubscriptionEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapGet("/subscription", Get).RequirePermission(P.View).WithName("GetTenantSubscription");

    private static Task<TenantSubscriptionDto> Get(GetTenantSubscription q, CancellationToken ct) => q.ExecuteAsync(ct);
}
