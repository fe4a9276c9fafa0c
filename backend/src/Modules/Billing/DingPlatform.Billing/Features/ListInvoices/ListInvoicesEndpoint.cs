using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.ListInvoices;

internal sealed class ListInvoicesEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapGet("/invoices", List).RequirePermission(P.View).WithName("GetInvoices");
    }

    private static Task<IReadOnlyList<InvoiceDto>> List(ListInvoices q, CancellationToken ct) => q.ListAsync(ct);
}
