using DingPlatform.Platform.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Modularity;

/// <summary>Registers and runs what modules contribute beyond services: seeders and recurring jobs.</summary>
public static class ModuleStartup
{
    /// <summary>Seeders and jobs are resolved from the container so they take their dependencies as any service.</summary>
    public static void AddModuleParts(IServiceCollection services, ModuleCatalog catalog)
    {
        foreach (var job in Kernel.RecurringJobs) services.AddScoped(job);
        foreach (var module in catalog.Modules)
        {
            foreach (var seeder in module.Parts.DataSeeders) services.AddScoped(seeder);
            foreach (var job in module.Parts.RecurringJobs) services.AddScoped(job);
        }
    }

    /// <summary>In dependency order: each module's seeders, then its own initialisation, then its recurring jobs.</summary>
    public static async Task InitializeAsync(IServiceProvider services, ModuleCatalog catalog, CancellationToken ct)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        foreach (var job in Kernel.RecurringJobs) Register(job, jobs);
        foreach (var module in catalog.Modules)
        {
            foreach (var seeder in module.Parts.DataSeeders)
            {
                using var scope = services.CreateScope();
                await ((IDataSeeder)scope.ServiceProvider.GetRequiredService(seeder)).SeedAsync(ct);
            }
            await module.InitializeAsync(services, ct);
            foreach (var job in module.Parts.RecurringJobs) Register(job, jobs);
        }
    }

    /// <summary>The platform's own parts (the outbox dispatcher).</summary>
    private static ModuleParts Kernel => _kernel ??= ModuleParts.Discover(typeof(ModuleStartup).Assembly);
    private static ModuleParts? _kernel;

    private static void Register(Type job, IRecurringJobManager jobs) =>
        typeof(ModuleStartup).GetMethod(nameof(Schedule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(job).Invoke(null, [jobs]);

    private static void Schedule<TJob>(IRecurringJobManager jobs) where TJob : class, IRecurringJob =>
        jobs.AddOrUpdate<TJob>(TJob.Id, j => j.RunAsync(CancellationToken.None), TJob.Cron, PlatformJobs.ShanghaiCron);
}
