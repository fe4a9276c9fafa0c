using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.IssueInvoice;

internal sealed class IssueInvoiceEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapPost("/invoices/{id:guid}/issue", Issue).RequirePermission(P.InvoicesManage).WithName("IssueInvoice");
    }

    private static Task<InvoiceDto> Issue(Guid id, IssueInvoiceRequest request, IssueInvoice uc, CancellationToken ct)
        => uc.ExecuteAsync(id, request, ct);
}
