using System.Reflection;

namespace DingPlatform.Platform.Modularity;

/// <summary>The loaded modules, dependencies first. Built once from the host's root module.</summary>
public sealed class ModuleCatalog
{
    public IReadOnlyList<PlatformModule> Modules { get; }

    private ModuleCatalog(IReadOnlyList<PlatformModule> modules) => Modules = modules;

    public static ModuleCatalog Load(Type rootModule)
    {
        var ordered = new List<Type>();
        Visit(rootModule, ordered, new HashSet<Type>(), new Stack<Type>());
        return new ModuleCatalog(ordered.Select(t => (PlatformModule)Activator.CreateInstance(t)!).ToList());
    }

    public static ModuleCatalog Load<TRoot>() where TRoot : PlatformModule => Load(typeof(TRoot));

    private static void Visit(Type type, List<Type> ordered, HashSet<Type> done, Stack<Type> path)
    {
        if (!typeof(PlatformModule).IsAssignableFrom(type))
            throw new InvalidOperationException($"{type.FullName} is not a {nameof(PlatformModule)}.");
        if (done.Contains(type)) return;
        if (path.Contains(type))
            throw new InvalidOperationException(
                $"Module dependency cycle: {string.Join(" -> ", path.Reverse().Select(t => t.Name))} -> {type.Name}");
        path.Push(type);
        foreach (var dep in type.GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.Dependencies))
            Visit(dep, ordered, done, path);
        path.Pop();
        done.Add(type);
        ordered.Add(type);
    }
}
