using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Platform.Modularity;

/// <summary>
/// A unit of the application in the spirit of ABP's AbpModule: it declares the modules it needs with
/// <see cref="DependsOnAttribute"/>, registers its services, contributes its entities to the shared
/// model, maps its endpoints and defines its permissions. The host lists the root module; the loader
/// orders the rest so a module is always configured after the modules it depends on.
/// </summary>
public abstract class PlatformModule
{
    public virtual void ConfigureServices(ModuleContext context) { }

    /// <summary>Adds this module's entity configurations to the one application model.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder) { }

    public virtual void DefinePermissions(Authorization.PermissionDefinitionContext context) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Runs once at start-up after migrations: seed data, recurring jobs.</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed record ModuleContext(IServiceCollection Services, IConfiguration Configuration);

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
