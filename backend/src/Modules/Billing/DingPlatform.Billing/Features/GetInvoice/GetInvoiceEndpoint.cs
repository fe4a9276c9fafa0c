using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.GetInvoice;

internal sealed class GetInvoiceEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapGet("/invoices/{id:guid}", Get).RequirePermission(P.View).TenantResource("invoice").WithName("GetInvoice");
    }

    private static Task<InvoiceDto> Get(Guid id, GetInvoice q, CancellationToken ct) => q.ExecuteAsync(id, ct);
}
