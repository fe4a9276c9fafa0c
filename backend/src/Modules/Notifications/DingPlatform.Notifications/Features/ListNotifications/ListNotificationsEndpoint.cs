using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsEndpoint : IEndpointFeature
{
    // The route, its tag and its permission (Subscriptions.View) are as they were before the module split: the
    // SPA and the roles already use them. Notifications gets permissions of its own with its next channels.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Subscriptions")
            .MapGet("/notifications", List).RequirePermission(P.View).WithName("GetNotifications");

    private static Task<IReadOnlyList<NotificationDto>> List(ListNotifications q, CancellationToken ct) => q.ExecuteAsync(ct);
}
