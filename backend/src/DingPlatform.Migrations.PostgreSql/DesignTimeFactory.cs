using DingPlatform.Composition;
using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DingPlatform.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the full model without starting the host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformServices.ConfigureDatabase(options,
            new DatabaseSettings("PostgreSql", "Host=localhost;Database=design;Username=design;Password=design"));
        return new PlatformDbContext(options.Options, ModuleCatalog.Load<HostModule>(), new CurrentTenant(new HttpContextAccessor()),
            new DataFilter());
    }
}
