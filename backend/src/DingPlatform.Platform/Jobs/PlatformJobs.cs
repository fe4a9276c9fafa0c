using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Timing;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Jobs;

public static class PlatformJobs
{
    /// <summary>Hangfire: in memory on the embedded default, PostgreSQL when configured, so several hosts
    /// sharing one database run each recurring job once.</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings db)
    {
        var storage = configuration["Jobs:Storage"] ?? "InMemory";
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(configuration.GetConnectionString("Jobs") ?? db.ConnectionString));
            else
                c.UseInMemoryStorage();
        });
        if (!bool.TryParse(configuration["Jobs:RunServer"], out var run) || run)
            services.AddHangfireServer(o => o.WorkerCount = 2);
        return services;
    }

    /// <summary>Recurring jobs run on Shanghai business time.</summary>
    public static RecurringJobOptions ShanghaiCron => new() { TimeZone = BusinessTime.Zone };
}

/// <summary>The dashboard is open to provider admins only (it can trigger and delete jobs).</summary>
public sealed class DashboardPermissionFilter(PermissionRegistry registry) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true
            && registry.GrantedTo(user.FindAll("role").Select(c => c.Value)).Contains(PlatformPermissions.JobsDashboard);
    }
}
