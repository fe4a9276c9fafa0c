using DingPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace DingPlatform.Platform.Identity;

/// <summary>A person who signs in: provider staff (no tenant) or a tenant's admin or member.
/// Users are looked up across tenants only at sign-in; everywhere else the tenant filter applies.</summary>
public sealed class PlatformUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class PlatformRole : IdentityRole<Guid>
{
    public PlatformRole() { }
    public PlatformRole(string name) : base(name) { NormalizedName = name.ToUpperInvariant(); }
}
