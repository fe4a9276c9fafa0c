using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Tenants.Domain;

/// <summary>An integrator's credentials (OAuth client credentials) created by a tenant admin. The secret
/// lives hashed in OpenIddict's application store; this row is the tenant-owned handle on it.</summary>
public sealed class ApiClient : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    private ApiClient() { }

    public static ApiClient Create(string name, string clientId, DateTimeOffset now) =>
        new() { Name = name.Trim(), ClientId = clientId, CreatedAt = now };

    public bool Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null) return false;
        RevokedAt = now;
        return true;
    }
}
