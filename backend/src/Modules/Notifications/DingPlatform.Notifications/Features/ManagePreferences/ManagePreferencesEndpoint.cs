using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications.Features.ManagePreferences;

internal sealed class ManagePreferencesEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/tenant/notifications/preferences", "Notifications");
        group.MapGet("/", List).RequirePermission(P.Preferences).WithName("GetNotificationPreferences");
        // {id} is the member's user id. The body is optional at binding so a foreign id answers 404 before the
        // body is looked at; an empty body is then refused with 400.
        group.MapPut("/{id:guid}", Update).RequirePermission(P.Preferences).TenantResource("member")
            .WithName("UpdateNotificationPreferences");
    }

    private static Task<IReadOnlyList<MemberPreferencesDto>> List(ManagePreferences uc, CancellationToken ct) => uc.ListAsync(ct);

    private static Task<MemberPreferencesDto> Update(Guid id, UpdatePreferencesRequest? request, ManagePreferences uc,
        CancellationToken ct) =>
        uc.UpdateAsync(id, request, ct);
}
