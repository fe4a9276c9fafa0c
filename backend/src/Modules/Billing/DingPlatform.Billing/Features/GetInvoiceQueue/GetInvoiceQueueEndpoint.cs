using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.GetInvoiceQueue;

internal sealed class GetInvoiceQueueEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapGet("/invoices", Queue).RequirePermission(P.InvoicesManage).WithName("GetInvoiceQueue");
    }

    private static Task<IReadOnlyList<InvoiceDto>> Queue(InvoiceStatus? status, GetInvoiceQueue q, CancellationToken ct)
        => q.QueueAsync(status, ct);
}
