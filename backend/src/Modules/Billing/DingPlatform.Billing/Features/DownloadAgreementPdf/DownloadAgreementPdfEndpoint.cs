using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Features.DownloadAgreementPdf;

/// <summary>The same file for the tenant (its own order) and for staff (any order).</summary>
internal sealed class DownloadAgreementPdfEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/tenant", "Billing")
            .MapGet("/orders/{id:guid}/agreement.pdf", DownloadOwn).RequirePermission(P.View).TenantResource("order")
                .WithName("DownloadAgreementPdf");
        endpoints.MapApiGroup("/api/host", "Billing (provider)")
            .MapGet("/orders/{id:guid}/agreement.pdf", DownloadAny).RequirePermission(P.InvoicesManage)
                .WithName("DownloadHostAgreementPdf");
    }

    private static async Task<IResult> DownloadOwn(Guid id, DownloadAgreementPdf docs, CancellationToken ct)
        => Pdf(await docs.ExecuteAsync(id, false, ct));

    private static async Task<IResult> DownloadAny(Guid id, DownloadAgreementPdf docs, CancellationToken ct)
        => Pdf(await docs.ExecuteAsync(id, true, ct));

    private static IResult Pdf((byte[] Pdf, string FileName) file) => Results.File(file.Pdf, "application/pdf", file.FileName);
}
