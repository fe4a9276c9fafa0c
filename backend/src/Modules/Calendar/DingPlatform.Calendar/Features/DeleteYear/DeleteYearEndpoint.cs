using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Features.DeleteYear;

internal sealed class DeleteYearEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)")
            .MapDelete("/{year}", Handle)
            .RequirePermission(CalendarPermissions.Manage).WithName("DeleteCalendarYear");

    private static async Task<NoContent> Handle(int year, DeleteYear useCase, CancellationToken ct)
    {
        await useCase.ExecuteAsync(year, ct);
        return TypedResults.NoContent();
    }
}
