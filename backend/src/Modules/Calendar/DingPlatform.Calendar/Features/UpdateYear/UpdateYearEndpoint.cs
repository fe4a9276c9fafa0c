using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Features.UpdateYear;

internal sealed class UpdateYearEndpoint : IEndpointFeature
{
    // {year} without a route constraint, as GetYear: a non-number is bad input (400), not a missing route.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)")
            .MapPut("/{year}", Handle)
            .RequirePermission(CalendarPermissions.Manage).WithName("UpdateCalendarYear");

    private static Task<CalendarYearDto> Handle(int year, UpdateCalendarYearRequest request, UpdateYear useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(year, request, ct);
}
