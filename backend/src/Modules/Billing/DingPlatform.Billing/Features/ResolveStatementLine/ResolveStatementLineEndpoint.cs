using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.ResolveStatementLine;

internal sealed class ResolveStatementLineEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapPost("/bank-statement-lines/{id:guid}/resolve", Resolve).RequirePermission(P.StatementsImport)
                .WithName("ResolveStatementLine");
    }

    // OrderId is [Required]: the validation filter has refused a body without it before this runs.
    private static Task<StatementLineDto> Resolve(Guid id, ResolveLineRequest request, ResolveStatementLine uc, CancellationToken ct) =>
        uc.ExecuteAsync(id, request.OrderId!.Value, ct);
}
