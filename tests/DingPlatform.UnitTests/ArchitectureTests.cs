using System.Reflection;
using DingPlatform.Composition;
using DingPlatform.Platform.Modularity;
using NetArchTest.Rules;

namespace DingPlatform.UnitTests;

/// <summary>Module boundaries are enforced by the build's tests, not by convention: a module reaches
/// another only through its Contracts; Domain stays free of EF Core and ASP.NET Core.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly[] ModuleAssemblies =
        ModuleCatalog.Load<HostModule>().Modules.Select(m => m.GetType().Assembly).Where(a => a != typeof(HostModule).Assembly)
            .Distinct().ToArray();

    private static string ModuleName(Assembly a) => a.GetName().Name!; // e.g. DingPlatform.Tenants

    public static TheoryData<string> Modules() => new(ModuleAssemblies.Select(ModuleName));

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_depends_on_no_other_modules_internals(string module)
    {
        var assembly = ModuleAssemblies.Single(a => ModuleName(a) == module);
        var others = ModuleAssemblies.Where(a => a != assembly).Select(ModuleName).ToArray();
        // Project references: the compiled assembly must not reference another module's implementation.
        assembly.GetReferencedAssemblies().Select(r => r.Name).ShouldNotContain(n => others.Contains(n));
        // Types: nothing in this module names a type from another module's internal namespaces.
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(InternalTypeNames(others)).GetResult();
        result.IsSuccessful.ShouldBeTrue($"{module} uses internals of another module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>Every type of the named module assemblies (their public contracts live in other assemblies).</summary>
    private static string[] InternalTypeNames(IEnumerable<string> modules) =>
        ModuleAssemblies.Where(a => modules.Contains(ModuleName(a))).SelectMany(a => a.GetTypes())
            .Select(t => t.FullName!).Where(n => !n.StartsWith('<')).ToArray(); // not compiler-generated helpers

    [Fact]
    public void The_boundary_rule_does_catch_a_dependency_when_there_is_one()
    {
        // Positive control: a module class does use its own internals (its endpoints), and the same
        // predicate must report that, or the rule above could never fail.
        var plans = ModuleAssemblies.Single(a => ModuleName(a) == "DingPlatform.Plans");
        var internals = InternalTypeNames(["DingPlatform.Plans"]).Where(n => !n.EndsWith("PlansModule")).ToArray();
        var result = Types.InAssembly(plans).That().HaveNameEndingWith("PlansModule").ShouldNot()
            .HaveDependencyOnAny(internals).GetResult();
        result.IsSuccessful.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_knows_nothing_of_persistence_or_http(string module)
    {
        var assembly = ModuleAssemblies.Single(a => ModuleName(a) == module);
        var result = Types.InAssembly(assembly).That().ResideInNamespace($"{module}.Domain")
            .ShouldNot()
                .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", $"{module}.Persistence", $"{module}.Api",
                    $"{module}.Application")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue($"Domain types with outside dependencies: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_do_not_depend_on_their_module(string module)
    {
        var contracts = Assembly.Load(module + ".Contracts");
        contracts.GetReferencedAssemblies().Select(r => r.Name).ShouldNotContain(module);
        contracts.GetReferencedAssemblies().Select(r => r.Name).ShouldNotContain(n => ModuleAssemblies.Select(ModuleName).Contains(n));
    }

    [Fact]
    public void The_platform_knows_no_module()
    {
        var platform = typeof(PlatformModule).Assembly;
        platform.GetReferencedAssemblies().Select(r => r.Name!)
            .ShouldNotContain(n => n.StartsWith("DingPlatform.") && n != "DingPlatform.Platform");
    }

    [Fact]
    public void Every_module_has_a_module_class_and_the_host_lists_them_all()
    {
        ModuleAssemblies.Length.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var a in ModuleAssemblies)
            a.GetTypes().Count(t => typeof(PlatformModule).IsAssignableFrom(t) && !t.IsAbstract)
                .ShouldBe(1, $"{ModuleName(a)} needs exactly one module class");
    }
}
