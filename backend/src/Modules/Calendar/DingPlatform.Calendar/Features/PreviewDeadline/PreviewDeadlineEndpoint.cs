using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Features.PreviewDeadline;

internal sealed class PreviewDeadlineEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)")
            .MapGet("/deadline", Handle)
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarDeadline");

    private static Task<DeadlinePreviewDto> Handle(DateOnly from, int days, PreviewDeadline useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(from, days, ct);
}
