using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.StartCheckout;

internal sealed class StartCheckoutEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapPost("/orders/{id:guid}/checkout", Start).RequirePermission(P.Pay).TenantResource("order").WithName("StartCheckout");
    }

    // The body is optional: without a return URL the portal's order page is used.
    private static Task<CheckoutDto> Start(Guid id, CheckoutRequest? request, StartCheckout uc, CancellationToken ct) =>
        uc.ExecuteAsync(id, request ?? new CheckoutRequest(null), ct);
}
