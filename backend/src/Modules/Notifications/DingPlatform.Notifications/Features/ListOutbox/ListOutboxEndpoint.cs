using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications.Features.ListOutbox;

internal sealed class ListOutboxEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/notifications", "Notifications (provider)")
            .MapGet("/outbox", List).RequirePermission(P.Log).WithName("GetOutbox");

    /// <param name="status">Pending, Delivered or Failed.</param>
    /// <param name="channel">A channel name: inbox, mail, webhook.</param>
    private static Task<PageDto<OutboxDeliveryDto>> List(string? status, string? channel, int? page, int? size, ListOutbox q,
        CancellationToken ct) =>
        q.ExecuteAsync(status, channel, page, size, ct);
}
