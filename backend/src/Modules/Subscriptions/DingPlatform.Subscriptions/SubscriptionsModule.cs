using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Features.AcceptQuote;
using DingPlatform.Subscriptions.Features.AgeOrders;
using DingPlatform.Subscriptions.Features.ConfirmPayment;
using DingPlatform.Subscriptions.Features.CreateQuote;
using DingPlatform.Subscriptions.Features.ExpireSubscriptions;
using DingPlatform.Subscriptions.Features.GetOrder;
using DingPlatform.Subscriptions.Features.GetQuote;
using DingPlatform.Subscriptions.Features.GetTenantSubscription;
using DingPlatform.Subscriptions.Features.ListHostSubscriptions;
using DingPlatform.Subscriptions.Features.ListOrders;
using DingPlatform.Subscriptions.Features.ListPayments;
using DingPlatform.Subscriptions.Features.ManagePromotions;
using DingPlatform.Subscriptions.Features.ManageSettings;
using DingPlatform.Subscriptions.Features.ManageSubscriptions;
using DingPlatform.Subscriptions.Features.RefundOrder;
using DingPlatform.Subscriptions.Features.SendRenewalReminders;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Subscriptions;

/// <summary>Quotes, orders, payment confirmation, promotions, subscriptions and their lifecycle jobs. Uses Plans,
/// Tenants and Notifications through their contracts only; Usage and Billing use it through its contracts.</summary>
public sealed class SubscriptionsModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddMemoryCache();
        s.AddScoped<SubscriptionStore>();
        s.AddScoped<QuotePricer>();
        // Replaces the Plans module's "everyone is on Standard".
        s.AddScoped<ITenantPlanResolver, SubscriptionPlanResolver>();
        s.AddScoped<IOrderReader, OrderReader>();
        s.AddScoped<ISubscriptionTerms, SubscriptionTerms>();

        s.AddScoped<CreateQuote>();
        s.AddScoped<GetQuote>();
        s.AddScoped<AcceptQuote>();
        s.AddScoped<ListOrders>();
        s.AddScoped<GetOrder>();
        s.AddScoped<GetTenantSubscription>();
        s.AddScoped<ListPayments>();
        s.AddScoped<ConfirmPayment>();
        s.AddScoped<IPaymentConfirmation>(sp => sp.GetRequiredService<ConfirmPayment>());
        s.AddScoped<RefundOrder>();
        s.AddScoped<ManageSubscriptions>();
        s.AddScoped<ListHostSubscriptions>();
        s.AddScoped<ManagePromotions>();
        s.AddScoped<ManageSettings>();
        s.AddScoped<ExpireSubscriptions>();
        s.AddScoped<SendRenewalReminders>();
        s.AddScoped<AgeOrders>();
    }
}
