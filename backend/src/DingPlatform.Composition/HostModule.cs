using DingPlatform.Calendar;
using DingPlatform.Platform.Modularity;
using DingPlatform.Billing;
using DingPlatform.Plans;
using DingPlatform.Notifications;
using DingPlatform.Subscriptions;
using DingPlatform.Support;
using DingPlatform.Usage;
using DingPlatform.Tenants;

namespace DingPlatform.Composition;

/// <summary>The product's modules: the ONE place a module is added (with its project reference in
/// DingPlatform.Composition.csproj). The host and both migrations assemblies load this list, in dependency
/// order through the DependsOn attributes; everything else about a module is discovered from it.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(UsageModule), typeof(NotificationsModule),
    typeof(CalendarModule), typeof(BillingModule), typeof(SupportModule))]
public sealed class HostModule : PlatformModule;
