using DingPlatform.Platform.Events;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Features.AccountManagers;
using DingPlatform.Support.Features.Announcements;
using DingPlatform.Support.Features.Attachments;
using DingPlatform.Support.Features.FlagBreaches;
using DingPlatform.Support.Features.OpenTicket;
using DingPlatform.Support.Features.ServiceSettings;
using DingPlatform.Support.Features.SlaReport;
using DingPlatform.Support.Features.SupportQueue;
using DingPlatform.Support.Features.TenantTickets;
using DingPlatform.Support.Persistence;
using DingPlatform.Support.Services;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Support;

/// <summary>Support (§1.3, A1 在线服务, §4.1, §4.2): tickets with a first-response SLA on service hours, the
/// breach job, dedicated account managers and provider announcements. Uses Tenants, Plans and Subscriptions
/// through their contracts only; see README.md.</summary>
public sealed class SupportModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddScoped<TicketStore>();
        s.AddScoped<ServiceHoursSource>();
        s.AddScoped<SupportStaff>();
        s.AddScoped<SupportCaller>();
        s.AddScoped<OpenTicket>();
        s.AddScoped<TenantTickets>();
        s.AddScoped<Attachments>();
        s.AddScoped<SupportQueue>();
        s.AddScoped<AccountManagers>();
        s.AddScoped<ISupportFacade>(sp => sp.GetRequiredService<AccountManagers>());
        s.AddScoped<ServiceSettings>();
        s.AddScoped<SlaReport>();
        s.AddScoped<Announcements>();
        s.AddScoped<FlagBreaches>();
        s.AddScoped<IIntegrationEventHandler<OrderPaid>, AssignOnPayment>();
    }
}
