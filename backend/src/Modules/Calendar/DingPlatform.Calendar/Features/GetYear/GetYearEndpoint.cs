using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Features.GetYear;

internal sealed class GetYearEndpoint : IEndpointFeature
{
    // {year} without a route constraint: a non-number is refused as input (400), not as a missing route.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)")
            .MapGet("/{year}", Handle)
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarYear");

    private static Task<CalendarYearDto> Handle(int year, GetYear useCase, CancellationToken ct) => useCase.ExecuteAsync(year, ct);
}
