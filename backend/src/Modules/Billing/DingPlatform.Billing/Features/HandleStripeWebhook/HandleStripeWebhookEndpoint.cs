using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Billing.Features.HandleStripeWebhook;

internal sealed class HandleStripeWebhookEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Stripe calls this; it is authenticated by the Stripe-Signature header, not a token. Not in the
        // OpenAPI document: no client of ours calls it.
        endpoints.MapApiGroup("/api/billing", "Billing").AllowAnonymous()
            .MapPost("/stripe/webhook", Receive).ExcludeFromDescription().WithName("StripeWebhook");
    }

    private static Task<IResult> Receive(HttpRequest request, HandleStripeWebhook webhook, CancellationToken ct)
        => webhook.HandleAsync(request, ct);
}
