using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

/// <summary>How to create one kind of tenant-owned resource with a tenant admin's client, and how to see it is intact.</summary>
public sealed record WalkResource(Func<HttpClient, Task<Guid>> Create, Func<HttpClient, Guid, Task<bool>> Intact);

/// <summary>A module's contribution to the isolation walk: one implementation per module in this folder,
/// keyed by the names its endpoints give <c>.TenantResource(...)</c>. Found by reflection.</summary>
public interface IWalkResources
{
    IReadOnlyDictionary<string, WalkResource> Create(DingApp app);

    static Dictionary<string, WalkResource> All(DingApp app) =>
        typeof(IWalkResources).Assembly.GetTypes()
            .Where(t => typeof(IWalkResources).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => ((IWalkResources)Activator.CreateInstance(t)!).Create(app))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
}
