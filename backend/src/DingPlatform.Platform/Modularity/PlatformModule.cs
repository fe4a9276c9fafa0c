using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Modularity;

/// <summary>
/// A unit of the application in the spirit of ABP's AbpModule: it declares the modules it needs with
/// <see cref="DependsOnAttribute"/> and registers its services. Everything else is discovered from the
/// module's assembly (see <see cref="ModuleParts"/>): entity configurations, endpoint features,
/// permission providers, recurring jobs and data seeders, so a new module is added to the host in one
/// place and its class holds wiring only.
/// </summary>
public abstract class PlatformModule
{
    /// <summary>The module's short name ("Subscriptions"): its schema on PostgreSQL, table prefix on SQLite.</summary>
    public virtual string Name
        => GetType().Name.EndsWith("Module", StringComparison.Ordinal) ? GetType().Name[..^"Module".Length] : GetType().Name;

    public virtual void ConfigureServices(ModuleContext context) { }

    /// <summary>Runs once at start-up after migrations and seeders, for work that is not a seeder or a job.</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public ModuleParts Parts => _parts ??= ModuleParts.Discover(GetType().Assembly);
    private ModuleParts? _parts;

    // The three hooks below are discovery by default; a module overrides one only with a comment saying why.

    /// <summary>Adds the module's <c>IEntityTypeConfiguration</c> classes (its <c>Persistence/</c>) to the one model.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);

    public virtual void DefinePermissions(Authorization.PermissionDefinitionContext context)
    {
        foreach (var provider in Parts.PermissionProviders) ((IPermissionProvider)Activator.CreateInstance(provider, nonPublic: true)!)
            .Define(context);
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        foreach (var map in Parts.EndpointMappers) map(endpoints);
    }
}

public sealed record ModuleContext(IServiceCollection Services, IConfiguration Configuration);

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
