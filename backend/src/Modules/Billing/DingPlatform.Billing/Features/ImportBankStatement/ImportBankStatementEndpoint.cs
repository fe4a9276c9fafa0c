using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.ImportBankStatement;

internal sealed class ImportBankStatementEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapPost("/bank-statements", Import).RequirePermission(P.StatementsImport).WithName("ImportBankStatement");
    }

    private static Task<ImportStatementResult> Import(ImportStatementRequest request, ImportBankStatement uc, CancellationToken ct)
        => uc.ExecuteAsync(request, ct);
}
