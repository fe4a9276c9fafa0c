using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.CreateQuote;

/// <summary>A quote for what the tenant chose, and the one-click renewal quote (Professional, nothing else).</summary>
internal sealed class CreateQuoteEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapApiGroup("/api/tenant", "Subscriptions");
        tenant.MapPost("/quotes", Create).RequirePermission(P.Order).WithName("CreateQuote");
        tenant.MapPost("/subscription/renewal-quote", CreateRenewal).RequirePermission(P.Order).WithName("CreateRenewalQuote");
    }

    private static async Task<Created<QuoteDto>> Create(CreateQuoteRequest request, CreateQuote uc, CancellationToken ct) =>
        TypedResults.Created("/api/tenant/quotes", await uc.ExecuteAsync(request, ct));

    private static async Task<Created<QuoteDto>> CreateRenewal(CreateQuote uc, CancellationToken ct) =>
        TypedResults.Created("/api/tenant/quotes", await uc.ExecuteAsync(new CreateQuoteRequest(PlanCodes.Professional, null, null), ct));
}
