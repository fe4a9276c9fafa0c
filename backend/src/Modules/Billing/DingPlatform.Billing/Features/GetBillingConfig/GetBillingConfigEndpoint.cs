using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Billing.Features.GetBillingConfig;

/// <summary>Whether the portal offers card payment. No handler class: the answer is one flag of the gateway.</summary>
internal sealed class GetBillingConfigEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Anonymous: the portal asks before anyone signs in.
        endpoints.MapApiGroup("/api/billing", "Billing").AllowAnonymous()
            .MapGet("/config", Get).WithName("GetBillingConfig");
    }

    private static BillingConfigDto Get(IPaymentGateway gateway) => new(gateway.IsEnabled);
}
