using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.DownloadInvoicePdf;

/// <summary>The same file for the tenant (its own invoice) and for staff (any invoice).</summary>
internal sealed class DownloadInvoicePdfEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapGet("/invoices/{id:guid}/pdf", DownloadOwn).RequirePermission(P.View).TenantResource("invoice")
                .WithName("DownloadInvoicePdf");
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapGet("/invoices/{id:guid}/pdf", DownloadAny).RequirePermission(P.InvoicesManage).WithName("DownloadHostInvoicePdf");
    }

    private static async Task<IResult> DownloadOwn(Guid id, DownloadInvoicePdf docs, CancellationToken ct)
        => Pdf(await docs.ExecuteAsync(id, false, ct));

    private static async Task<IResult> DownloadAny(Guid id, DownloadInvoicePdf docs, CancellationToken ct)
        => Pdf(await docs.ExecuteAsync(id, true, ct));

    private static IResult Pdf((byte[] Pdf, string FileName) file) => Results.File(file.Pdf, "application/pdf", file.FileName);
}
