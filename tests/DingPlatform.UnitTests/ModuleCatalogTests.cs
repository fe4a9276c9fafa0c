using DingPlatform.Support;
using DingPlatform.Billing;
using DingPlatform.Calendar;
using DingPlatform.Composition;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans;
using DingPlatform.Notifications;
using DingPlatform.Subscriptions;
using DingPlatform.Usage;
using DingPlatform.Tenants;

namespace DingPlatform.UnitTests;

public sealed class ModuleCatalogTests
{
    private sealed class A : PlatformModule;
    [DependsOn(typeof(A))] private sealed class B : PlatformModule;
    [DependsOn(typeof(B), typeof(A))] private sealed class C : PlatformModule;
    [DependsOn(typeof(Loop2))] private sealed class Loop1 : PlatformModule;
    [DependsOn(typeof(Loop1))] private sealed class Loop2 : PlatformModule;

    [Fact]
    public void Dependencies_come_before_the_modules_that_need_them_and_each_loads_once() =>
        ModuleCatalog.Load<C>().Modules.Select(m => m.GetType()).ShouldBe([typeof(A), typeof(B), typeof(C)]);

    [Fact]
    public void A_cycle_is_refused_with_its_path() =>
        Should.Throw<InvalidOperationException>(() => ModuleCatalog.Load<Loop1>()).Message.ShouldContain("Loop1 -> Loop2 -> Loop1");

    [Fact]
    public void The_host_runs_plans_tenants_subscriptions_and_calendar() =>
        ModuleCatalog.Load<HostModule>().Modules.Select(m => m.GetType())
            .ShouldBe([typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(UsageModule),
                typeof(NotificationsModule), typeof(CalendarModule), typeof(BillingModule), typeof(SupportModule), typeof(HostModule)]);
}
