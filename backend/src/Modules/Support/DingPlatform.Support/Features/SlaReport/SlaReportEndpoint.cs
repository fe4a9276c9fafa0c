using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.SlaReport;

internal sealed class SlaReportEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/support", "Support (provider)")
            .MapGet("/sla", Month).RequirePermission(SupportPermissions.Queue).WithName("GetSupportSlaReport");

    /// <param name="month">yyyy-MM (Asia/Shanghai); the current month when left out.</param>
    internal static Task<IReadOnlyList<SlaMonthDto>> Month(string? month, SlaReport useCase, CancellationToken ct)
        => useCase.MonthAsync(month, ct);
}
