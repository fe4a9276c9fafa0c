using DingPlatform.Calendar;
using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Billing;
using DingPlatform.Plans;
using DingPlatform.Subscriptions;
using DingPlatform.Support;
using DingPlatform.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DingPlatform.Migrations.Sqlite;

/// <summary>The modules whose tables this migrations assembly holds: the same set the host runs.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule), typeof(SubscriptionsModule), typeof(CalendarModule), typeof(BillingModule), typeof(SupportModule))]
public sealed class MigrationsModule : PlatformModule;

/// <summary>Lets <c>dotnet ef</c> build the full model without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformServices.ConfigureDatabase(options, new DatabaseSettings("Sqlite", "Data Source=design.db"));
        return new PlatformDbContext(options.Options, ModuleCatalog.Load<MigrationsModule>(), new CurrentTenant(new HttpContextAccessor()), new DataFilter());
    }
}
