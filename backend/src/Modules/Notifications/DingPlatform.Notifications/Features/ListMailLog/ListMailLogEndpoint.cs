using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications.Features.ListMailLog;

internal sealed class ListMailLogEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/notifications", "Notifications (provider)")
            .MapGet("/mail-log", List).RequirePermission(P.Log).WithName("GetMailLog");

    private static Task<PageDto<MailLogDto>> List(int? page, int? size, ListMailLog q, CancellationToken ct)
        => q.ExecuteAsync(page, size, ct);
}
