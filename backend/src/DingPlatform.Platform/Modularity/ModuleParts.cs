using System.Reflection;
using DingPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Platform.Modularity;

/// <summary>One use case's HTTP surface, in its <c>Features/&lt;UseCase&gt;/</c> folder. The module finds it;
/// nothing lists it by hand.</summary>
public interface IEndpointFeature
{
    static abstract void Map(IEndpointRouteBuilder endpoints);
}

/// <summary>Declares a module's permissions and the built-in roles that hold them.</summary>
public interface IPermissionProvider
{
    void Define(PermissionDefinitionContext context);
}

/// <summary>A thin Hangfire entry point in a module's <c>Jobs/</c> folder: a reconciler that calls a use
/// case. Registered as a recurring job on Shanghai time under <see cref="Id"/>.</summary>
public interface IRecurringJob
{
    static abstract string Id { get; }

    /// <summary>Cron in Asia/Shanghai (5 or 6 fields).</summary>
    static abstract string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>Puts what a module needs into a fresh database (and demo data when configured). Runs at
/// start-up after migrations; must be safe to run on every start.</summary>
public interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>What a module's assembly contributes, found once by reflection.</summary>
public sealed class ModuleParts
{
    public required IReadOnlyList<Type> PermissionProviders { get; init; }
    public required IReadOnlyList<Type> EndpointFeatures { get; init; }
    public required IReadOnlyList<Type> RecurringJobs { get; init; }
    public required IReadOnlyList<Type> DataSeeders { get; init; }
    public required IReadOnlyList<Action<IEndpointRouteBuilder>> EndpointMappers { get; init; }

    public static ModuleParts Discover(Assembly assembly)
    {
        // Sorted by name so the endpoint order (and the OpenAPI document) does not depend on reflection order.
        var types = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsGenericTypeDefinition)
            .OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        List<Type> Implementing(Type contract) => types.Where(contract.IsAssignableFrom).ToList();
        var features = Implementing(typeof(IEndpointFeature));
        return new ModuleParts {
            PermissionProviders = Implementing(typeof(IPermissionProvider)),
            EndpointFeatures = features,
            RecurringJobs = Implementing(typeof(IRecurringJob)),
            DataSeeders = Implementing(typeof(IDataSeeder)),
            EndpointMappers = features.Select(Mapper).ToList(),
        };
    }

    private static Action<IEndpointRouteBuilder> Mapper(Type feature)
    {
        var map = feature.GetMethod(nameof(IEndpointFeature.Map), BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static,
            [typeof(IEndpointRouteBuilder)])
            ?? throw new InvalidOperationException(
                $"{feature.FullName} implements {nameof(IEndpointFeature)} without a static Map method.");
        return endpoints => map.Invoke(null, [endpoints]);
    }
}
