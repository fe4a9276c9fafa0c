using DingPlatform.Calendar;
using DingPlatform.Platform.Modularity;
using DingPlatform.Billing;
using DingPlatform.Plans;
using DingPlatform.Notifications;
using DingPlatform.Subscriptions;
using DingPlatform.Usage;
using DingPlatform.Tenants;

namespace DingPlatform.Host;

/// <summary>The modules this host runs, in dependency order through their DependsOn attributes.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(UsageModule), typeof(NotificationsModule), typeof(CalendarModule), typeof(BillingModule))]
public sealed class HostModule : PlatformModule;
