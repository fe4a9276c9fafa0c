using DingPlatform.Calendar;
using DingPlatform.Platform.Modularity;
using DingPlatform.Billing;
using DingPlatform.Plans;
using DingPlatform.Subscriptions;
using DingPlatform.Support;
using DingPlatform.Tenants;

namespace DingPlatform.Host;

/// <summary>The modules this host runs, in dependency order through their DependsOn attributes.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(CalendarModule), typeof(BillingModule), typeof(SupportModule))]
public sealed class HostModule : PlatformModule;
