using DingPlatform.Platform.Events;
using DingPlatform.Billing.Api;
using DingPlatform.Billing.Application.Checkout;
using DingPlatform.Billing.Application.Credits;
using DingPlatform.Billing.Application.Invoices;
using DingPlatform.Billing.Application.Penalties;
using DingPlatform.Billing.Application.Statements;
using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Persistence;
using DingPlatform.Billing.Stripe;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Jobs;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using R = DingPlatform.Platform.Authorization.PlatformRoles;
using P = DingPlatform.Billing.Contracts.BillingPermissions;

namespace DingPlatform.Billing;

/// <summary>Card payments through Stripe, bank statement matching, VAT invoices on the working-day calendar,
/// late-issue penalties and credits, refunds' money and red-letter invoices. Uses Subscriptions, Tenants and
/// Calendar through their contracts.</summary>
public sealed class BillingModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddSingleton(StripeSettings.From(context.Configuration));
        s.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        s.AddScoped<StripeWebhook>();
        s.AddScoped<StartCheckout>();
        s.AddScoped<IIntegrationEventHandler<OrderPaid>, CreateInvoiceOnPayment>();
        s.AddScoped<IIntegrationEventHandler<OrderRefunded>, ReverseOnRefund>();
        s.AddScoped<QueryInvoices>();
        s.AddScoped<IssueInvoice>();
        s.AddScoped<PenaltyLedger>();
        s.AddScoped<AccruePenalties>();
        s.AddScoped<Credits>();
        s.AddScoped<ImportStatement>();
        s.AddSingleton<BillingJobs>();
        s.AddScoped<Application.Documents.RenderDocuments>();
        s.AddSingleton<DingPlatform.Documents.IDocumentRenderer, DingPlatform.Documents.PdfDocumentRenderer>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => BillingModel.Configure(modelBuilder);

    public override void DefinePermissions(PermissionDefinitionContext c)
    {
        c.Add(P.InvoicesManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.StatementsImport, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.CreditsSettle, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.View, PermissionSide.Tenant, R.TenantAdmin);
        c.Add(P.Pay, PermissionSide.Tenant, R.TenantAdmin);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => BillingEndpoints.Map(endpoints);

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<BillingJobs>("invoices-late-penalties", j => j.AccruePenaltiesAsync(CancellationToken.None), "30 0 * * *", PlatformJobs.ShanghaiCron);
        return Task.CompletedTask;
    }
}

/// <summary>Thin Hangfire entry point for the billing reconcilers.</summary>
public sealed class BillingJobs(IServiceProvider services)
{
    public async Task AccruePenaltiesAsync(CancellationToken ct)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccruePenalties>().RunAsync(ct);
    }
}
