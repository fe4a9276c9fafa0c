using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ListPayments;

internal sealed class ListPaymentsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/payments", "Orders (provider)")
            .MapGet("/", List).RequirePermission(P.OrdersView).WithName("GetHostPayments");

    private static Task<IReadOnlyList<HostPaymentDto>> List(ListPayments q, CancellationToken ct) => q.ExecuteAsync(ct);
}
