using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.ListStatementLines;

internal sealed class ListStatementLinesEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapGet("/bank-statement-lines", List).RequirePermission(P.StatementsImport).WithName("GetStatementLines");
    }

    private static Task<IReadOnlyList<StatementLineDto>> List(StatementLineStatus? status, ListStatementLines q, CancellationToken ct)
        => q.LinesAsync(status, ct);
}
