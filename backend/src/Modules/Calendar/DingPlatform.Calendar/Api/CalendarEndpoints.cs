using DingPlatform.Calendar.Application.DeleteYear;
using DingPlatform.Calendar.Application.GetYear;
using DingPlatform.Calendar.Application.ListYears;
using DingPlatform.Calendar.Application.PreviewDeadline;
using DingPlatform.Calendar.Application.UpdateYear;
using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Api;

internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var host = endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)");
        host.MapGet("/years", (ListYears q, CancellationToken ct) => q.ExecuteAsync(ct))
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarYears");
        host.MapGet("/deadline", (DateOnly from, int days, PreviewDeadline q, CancellationToken ct) => q.ExecuteAsync(from, days, ct))
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarDeadline");
        // {year} without a route constraint: a non-number is refused as input (400), not as a missing route.
        host.MapGet("/{year}", (int year, GetYear q, CancellationToken ct) => q.ExecuteAsync(year, ct))
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarYear");
        host.MapPut("/{year}", (int year, UpdateCalendarYearRequest request, UpdateYear uc, CancellationToken ct) => uc.ExecuteAsync(year, request, ct))
            .RequirePermission(CalendarPermissions.Manage).WithName("UpdateCalendarYear");
        host.MapDelete("/{year}", async (int year, DeleteYear uc, CancellationToken ct) => { await uc.ExecuteAsync(year, ct); return TypedResults.NoContent(); })
            .RequirePermission(CalendarPermissions.Manage).WithName("DeleteCalendarYear");
    }
}
