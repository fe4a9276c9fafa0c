using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DingPlatform.Platform.Authorization;

/// <summary>Which side of the platform a permission belongs to: host permissions are granted only to
/// provider staff, tenant permissions only to a tenant's users and API clients.</summary>
public enum PermissionSide { Host, Tenant }

public sealed record PermissionDefinition(string Name, PermissionSide Side, IReadOnlyList<string> GrantedToRoles);

/// <summary>Modules declare their permissions and the built-in roles that hold them.</summary>
public sealed class PermissionDefinitionContext
{
    private readonly Dictionary<string, PermissionDefinition> _definitions = new(StringComparer.Ordinal);

    public void Add(string name, PermissionSide side, params string[] grantedToRoles)
    {
        if (!_definitions.TryAdd(name, new PermissionDefinition(name, side, grantedToRoles)))
            throw new InvalidOperationException($"Permission {name} is defined twice.");
    }

    public IReadOnlyCollection<PermissionDefinition> Definitions => _definitions.Values;
}

/// <summary>The permissions of the running host and the role→permission grants, built once at start-up.</summary>
public sealed class PermissionRegistry
{
    private readonly Dictionary<string, PermissionDefinition> _byName;
    private readonly Dictionary<string, HashSet<string>> _byRole;

    public PermissionRegistry(IEnumerable<PermissionDefinition> definitions)
    {
        _byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _byRole = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var d in _byName.Values)
            foreach (var role in d.GrantedToRoles)
            {
                if (!_byRole.TryGetValue(role, out var set)) _byRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(d.Name);
            }
    }

    public IReadOnlyCollection<PermissionDefinition> All => _byName.Values;
    public bool IsDefined(string name) => _byName.ContainsKey(name);
    public PermissionDefinition Get(string name) => _byName[name];

    public IReadOnlySet<string> GrantedTo(IEnumerable<string> roles)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
            if (_byRole.TryGetValue(role, out var set)) result.UnionWith(set);
        return result;
    }
}

/// <summary>Endpoint metadata naming the permission an endpoint requires; the start-up check and the
/// architecture tests read it.</summary>
public sealed record RequiresPermissionAttribute(string Permission);

public static class PermissionEndpointExtensions
{
    public const string PolicyPrefix = "perm:";

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequiresPermissionAttribute(permission));
        return builder.RequireAuthorization(PolicyPrefix + permission);
    }
}

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

public sealed class PermissionHandler(PermissionRegistry registry) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll("role").Select(c => c.Value);
        if (registry.GrantedTo(roles).Contains(requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Makes "perm:X" policies on demand so endpoints need no policy registration of their own.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionRegistry registry)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AuthorizationPolicy> _policies = new();

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionEndpointExtensions.PolicyPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        // Built once per permission: this runs on every request.
        return _policies.GetOrAdd(policyName, name =>
        {
            var permission = name[PermissionEndpointExtensions.PolicyPrefix.Length..];
            if (!registry.IsDefined(permission))
                throw new InvalidOperationException($"Permission {permission} is not defined by any module.");
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(permission)).Build();
        });
    }
}
