using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Jobs;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Api;
using DingPlatform.Subscriptions.Application;
using DingPlatform.Subscriptions.Application.ManageSubscriptions;
using DingPlatform.Subscriptions.Application.Notifications;
using DingPlatform.Subscriptions.Application.Orders;
using DingPlatform.Subscriptions.Application.Payments;
using DingPlatform.Subscriptions.Application.Promotions;
using DingPlatform.Subscriptions.Application.Quotes;
using DingPlatform.Subscriptions.Application.Refunds;
using DingPlatform.Subscriptions.Application.Usage;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Jobs;
using DingPlatform.Subscriptions.Metering;
using DingPlatform.Subscriptions.Persistence;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using R = DingPlatform.Platform.Authorization.PlatformRoles;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions;

/// <summary>Quotes, orders, payment confirmation, subscriptions and their lifecycle jobs, quotas and the
/// metered integrator API. Uses Plans and Tenants through their contracts only.</summary>
public sealed class SubscriptionsModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddMemoryCache();
        s.AddScoped<SubscriptionStore>();
        // Replaces the Plans module's "everyone is on Standard".
        s.AddScoped<ITenantPlanResolver, SubscriptionPlanResolver>();
        s.AddScoped<CreateQuote>();
        s.AddScoped<AcceptQuote>();
        s.AddScoped<QueryOrders>();
        s.AddScoped<IOrderReader>(sp => sp.GetRequiredService<QueryOrders>());
        s.AddScoped<ConfirmPayment>();
        s.AddScoped<IPaymentConfirmation>(sp => sp.GetRequiredService<ConfirmPayment>());
        s.AddScoped<RefundOrder>();
        s.AddScoped<ManageSubscriptions>();
        s.AddScoped<HostSubscriptions>();
        s.AddScoped<ManagePromotions>();
        s.AddScoped<ManageSettings>();
        s.AddScoped<UsageCounters>();
        s.AddScoped<RecordUsage>();
        s.AddScoped<GetUsage>();
        s.AddScoped<ListNotifications>();
        s.AddScoped<ExpireSubscriptions>();
        s.AddScoped<SendRenewalReminders>();
        s.AddScoped<AgeOrders>();
        s.AddSingleton<SubscriptionJobs>();
        s.AddSingleton<ApiMeter>();
        s.AddHostedService<ApiMeterFlusher>();
        s.AddSingleton<IRequestGate, IntegratorGate>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => SubscriptionsModel.Configure(modelBuilder);

    public override void DefinePermissions(PermissionDefinitionContext c)
    {
        c.Add(P.OrdersView, PermissionSide.Host, R.ProviderAdmin, R.Billing, R.Support);
        c.Add(P.OrdersManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.Refunds, PermissionSide.Host, R.ProviderAdmin);
        c.Add(P.SubscriptionsManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.PromotionsManage, PermissionSide.Host, R.ProviderAdmin, R.Billing);
        c.Add(P.Order, PermissionSide.Tenant, R.TenantAdmin);
        c.Add(P.View, PermissionSide.Tenant, R.TenantAdmin, R.Member);
        c.Add(P.UsageRecord, PermissionSide.Tenant, R.TenantAdmin, R.Integrator);
        c.Add(P.UsageView, PermissionSide.Tenant, R.TenantAdmin, R.Member, R.Integrator);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => SubscriptionsEndpoints.Map(endpoints);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (!await db.Set<Promotion>().AnyAsync(cancellationToken))
            {
                // §2.1 note: "3 月 22 日开通多送一个月" — activation on 22 March gives one extra month.
                db.Set<Promotion>().Add(Promotion.Create("3 月 22 日开通多送一个月 · 22 March: +1 month", new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 22),
                    repeatsYearly: true, bonusMonths: 1, percentOff: null, voucherCode: null, combinable: false, active: true));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<SubscriptionJobs>("subscriptions-expire", j => j.ExpireAsync(CancellationToken.None), "5 0 * * *", PlatformJobs.ShanghaiCron);
        jobs.AddOrUpdate<SubscriptionJobs>("subscriptions-renewal-reminders", j => j.RemindAsync(CancellationToken.None), "0 9 * * *", PlatformJobs.ShanghaiCron);
        jobs.AddOrUpdate<SubscriptionJobs>("orders-overdue", j => j.AgeOrdersAsync(CancellationToken.None), "15 0 * * *", PlatformJobs.ShanghaiCron);
    }
}
