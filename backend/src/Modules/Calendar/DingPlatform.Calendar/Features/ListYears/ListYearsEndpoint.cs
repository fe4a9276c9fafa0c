using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Calendar.Features.ListYears;

internal sealed class ListYearsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/calendar", "Calendar (provider)")
            .MapGet("/years", Handle)
            .RequirePermission(CalendarPermissions.Manage).WithName("GetCalendarYears");

    private static Task<IReadOnlyList<CalendarYearSummaryDto>> Handle(ListYears useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
