using DingPlatform.Calendar;
using DingPlatform.Platform.Modularity;
using DingPlatform.Billing;
using DingPlatform.Plans;
using DingPlatform.Subscriptions;
using DingPlatform.Tenants;

namespace DingPlatform.Host;

/// <summary>The modules this host runs, in dependency order through their DependsOn attributes.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(CalendarModule), typeof(BillingModule))]
public sealed class HostModule : PlatformModule;
