using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.ListCredits;

/// <summary>One list, two audiences: the portal's (own tenant) and the console's (all tenants).</summary>
internal sealed class ListCreditsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapGet("/credits", ListOwn).RequirePermission(P.View).WithName("GetCredits");
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapGet("/credits", ListAll).RequirePermission(P.CreditsSettle).WithName("GetHostCredits");
    }

    private static Task<IReadOnlyList<CreditDto>> ListOwn(ListCredits q, CancellationToken ct) => q.ListAsync(ct);

    private static Task<IReadOnlyList<CreditDto>> ListAll(ListCredits q, CancellationToken ct) => q.ListAllAsync(ct);
}
