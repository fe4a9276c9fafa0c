using DingPlatform.Billing.Application;
using DingPlatform.Billing.Application.Checkout;
using DingPlatform.Billing.Application.Credits;
using DingPlatform.Billing.Application.Documents;
using DingPlatform.Billing.Application.Invoices;
using DingPlatform.Billing.Application.Statements;
using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Stripe;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Timing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing.Api;

internal static class BillingEndpoints
{
    private static IResult Pdf((byte[] Pdf, string FileName) file) => Results.File(file.Pdf, "application/pdf", file.FileName);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapApiGroup("/api/billing", "Billing").AllowAnonymous();
        open.MapGet("/config", (IPaymentGateway gateway) => new BillingConfigDto(gateway.IsEnabled)).WithName("GetBillingConfig");
        // Stripe calls this; it is authenticated by the Stripe-Signature header, not a token.
        open.MapPost("/stripe/webhook", (HttpRequest request, StripeWebhook webhook, CancellationToken ct) => webhook.HandleAsync(request, ct))
            .ExcludeFromDescription().WithName("StripeWebhook");

        var tenant = endpoints.MapApiGroup("/api/tenant", "Billing");
        tenant.MapPost("/orders/{id:guid}/checkout", (Guid id, CheckoutRequest? request, StartCheckout uc, CancellationToken ct) => uc.ExecuteAsync(id, request ?? new CheckoutRequest(null), ct))
            .RequirePermission(P.Pay).TenantResource("order").WithName("StartCheckout");
        tenant.MapGet("/invoices", (QueryInvoices q, CancellationToken ct) => q.ListAsync(ct)).RequirePermission(P.View).WithName("GetInvoices");
        tenant.MapGet("/invoices/{id:guid}", async (Guid id, QueryInvoices q, TimeProvider clock, CancellationToken ct) => (await q.GetAsync(id, ct)).ToDto(clock.Today()))
            .RequirePermission(P.View).TenantResource("invoice").WithName("GetInvoice");
        tenant.MapGet("/invoices/{id:guid}/pdf", async (Guid id, RenderDocuments docs, CancellationToken ct) => Pdf(await docs.InvoiceAsync(id, false, ct)))
            .RequirePermission(P.View).TenantResource("invoice").WithName("DownloadInvoicePdf");
        tenant.MapGet("/orders/{id:guid}/agreement.pdf", async (Guid id, RenderDocuments docs, CancellationToken ct) => Pdf(await docs.AgreementAsync(id, false, ct)))
            .RequirePermission(P.View).TenantResource("order").WithName("DownloadAgreementPdf");
        tenant.MapGet("/credits", (Credits q, CancellationToken ct) => q.ListAsync(ct)).RequirePermission(P.View).WithName("GetCredits");

        var host = endpoints.MapApiGroup("/api/host", "Billing (provider)");
        host.MapGet("/invoices", (InvoiceStatus? status, QueryInvoices q, CancellationToken ct) => q.QueueAsync(status, ct))
            .RequirePermission(P.InvoicesManage).WithName("GetInvoiceQueue");
        host.MapGet("/invoices/{id:guid}/pdf", async (Guid id, RenderDocuments docs, CancellationToken ct) => Pdf(await docs.InvoiceAsync(id, true, ct)))
            .RequirePermission(P.InvoicesManage).WithName("DownloadHostInvoicePdf");
        host.MapGet("/orders/{id:guid}/agreement.pdf", async (Guid id, RenderDocuments docs, CancellationToken ct) => Pdf(await docs.AgreementAsync(id, true, ct)))
            .RequirePermission(P.InvoicesManage).WithName("DownloadHostAgreementPdf");
        host.MapPost("/invoices/{id:guid}/issue", (Guid id, IssueInvoiceRequest request, IssueInvoice uc, CancellationToken ct) => uc.ExecuteAsync(id, request, ct))
            .RequirePermission(P.InvoicesManage).WithName("IssueInvoice");
        host.MapGet("/credits", (Credits q, CancellationToken ct) => q.ListAllAsync(ct)).RequirePermission(P.CreditsSettle).WithName("GetHostCredits");
        host.MapPost("/credits/{id:guid}/settle", (Guid id, SettleCreditRequest request, Credits uc, CancellationToken ct) => uc.SettleAsync(id, request, ct))
            .RequirePermission(P.CreditsSettle).WithName("SettleCredit");
        host.MapPost("/bank-statements", (ImportStatementRequest request, ImportStatement uc, CancellationToken ct) => uc.ExecuteAsync(request, ct))
            .RequirePermission(P.StatementsImport).WithName("ImportBankStatement");
        host.MapGet("/bank-statement-lines", (StatementLineStatus? status, ImportStatement uc, CancellationToken ct) => uc.LinesAsync(status, ct))
            .RequirePermission(P.StatementsImport).WithName("GetStatementLines");
        host.MapPost("/bank-statement-lines/{id:guid}/resolve", (Guid id, ResolveLineRequest request, ImportStatement uc, CancellationToken ct) =>
                uc.ResolveAsync(id, request.OrderId!.Value, ct))
            .RequirePermission(P.StatementsImport).WithName("ResolveStatementLine");
    }
}
