using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.Announcements;

internal sealed class AnnouncementsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Announcements")
            .MapGet("/announcements", Active).RequirePermission(SupportPermissions.Tickets).WithName("GetActiveAnnouncements");

        var host = endpoints.MapApiGroup("/api/host", "Announcements (provider)");
        host.MapGet("/announcements", List).RequirePermission(SupportPermissions.AnnouncementsManage).WithName("GetAnnouncements");
        host.MapPost("/announcements", Publish).RequirePermission(SupportPermissions.AnnouncementsManage).WithName("PublishAnnouncement");
        host.MapDelete("/announcements/{id:guid}", Withdraw).RequirePermission(SupportPermissions.AnnouncementsManage)
            .WithName("WithdrawAnnouncement");
    }

    internal static Task<IReadOnlyList<TenantAnnouncementDto>> Active(Announcements useCase, CancellationToken ct)
        => useCase.ActiveForTenantAsync(ct);

    internal static Task<IReadOnlyList<AnnouncementDto>> List(Announcements useCase, CancellationToken ct) => useCase.ListAsync(ct);

    internal static async Task<Created<AnnouncementDto>> Publish(PublishAnnouncementRequest request, Announcements useCase,
        CancellationToken ct)
    {
        var announcement = await useCase.PublishAsync(request, ct);
        return TypedResults.Created($"/api/host/announcements/{announcement.Id}", announcement);
    }

    internal static async Task<NoContent> Withdraw(Guid id, Announcements useCase, CancellationToken ct)
    {
        await useCase.WithdrawAsync(id, ct);
        return TypedResults.NoContent();
    }
}
