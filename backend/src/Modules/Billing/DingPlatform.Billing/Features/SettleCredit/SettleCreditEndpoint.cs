using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.SettleCredit;

internal sealed class SettleCreditEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapPost("/credits/{id:guid}/settle", Settle).RequirePermission(P.CreditsSettle).WithName("SettleCredit");
    }

    private static Task<CreditDto> Settle(Guid id, SettleCreditRequest request, SettleCredit uc, CancellationToken ct)
        => uc.ExecuteAsync(id, request, ct);
}
