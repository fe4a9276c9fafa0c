using DingPlatform.Billing.Features.AccruePenalties;
using DingPlatform.Billing.Features.CreateInvoiceOnPayment;
using DingPlatform.Billing.Features.DownloadAgreementPdf;
using DingPlatform.Billing.Features.DownloadInvoicePdf;
using DingPlatform.Billing.Features.GetInvoice;
using DingPlatform.Billing.Features.GetInvoiceQueue;
using DingPlatform.Billing.Features.HandleStripeWebhook;
using DingPlatform.Billing.Features.ImportBankStatement;
using DingPlatform.Billing.Features.IssueInvoice;
using DingPlatform.Billing.Features.ListCredits;
using DingPlatform.Billing.Features.ListInvoices;
using DingPlatform.Billing.Features.ListStatementLines;
using DingPlatform.Billing.Features.ResolveStatementLine;
using DingPlatform.Billing.Features.ReverseOnRefund;
using DingPlatform.Billing.Features.SettleCredit;
using DingPlatform.Billing.Features.StartCheckout;
using DingPlatform.Billing.Persistence;
using DingPlatform.Billing.Services;
using DingPlatform.Documents;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Billing;

/// <summary>Card payments through Stripe, bank statement matching, VAT invoices on the working-day calendar,
/// late-issue penalties and credits, refunds' money and red-letter invoices. Uses Subscriptions, Tenants,
/// Plans and Calendar through their contracts. Endpoints, permissions, the penalty job and the entity
/// configurations are discovered from this assembly; this class registers services only.</summary>
public sealed class BillingModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        // Stripe: the gateway holds one client, so it is a singleton; off without a secret key.
        s.AddSingleton(StripeSettings.From(context.Configuration));
        s.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        s.AddScoped<HandleStripeWebhook>();
        s.AddScoped<StartCheckout>();

        // Reactions to Subscriptions' events: the publisher finds handlers only here, in the container.
        s.AddScoped<IIntegrationEventHandler<OrderPaid>, CreateInvoiceOnPayment>();
        s.AddScoped<IIntegrationEventHandler<OrderRefunded>, ReverseOnRefund>();

        s.AddScoped<InvoiceStore>();
        s.AddScoped<ListInvoices>();
        s.AddScoped<GetInvoice>();
        s.AddScoped<GetInvoiceQueue>();
        s.AddScoped<IssueInvoice>();
        s.AddScoped<PenaltyLedger>();
        s.AddScoped<AccruePenalties>();
        s.AddScoped<ListCredits>();
        s.AddScoped<SettleCredit>();
        s.AddScoped<ImportBankStatement>();
        s.AddScoped<ListStatementLines>();
        s.AddScoped<ResolveStatementLine>();

        // The renderer is stateless and thread-safe (DingPlatform.Documents/README.md).
        s.AddSingleton<IDocumentRenderer, PdfDocumentRenderer>();
        s.AddScoped<DownloadAgreementPdf>();
        s.AddScoped<DownloadInvoicePdf>();
    }
}
