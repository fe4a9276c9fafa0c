using DingPlatform.Platform.Modularity;
using DingPlatform.Plans;
using DingPlatform.Tenants;

namespace DingPlatform.Host;

/// <summary>The modules this host runs, in dependency order through their DependsOn attributes.</summary>
[DependsOn(typeof(PlansModule), typeof(TenantsModule))]
public sealed class HostModule : PlatformModule;
