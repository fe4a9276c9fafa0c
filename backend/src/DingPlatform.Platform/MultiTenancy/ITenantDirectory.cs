using Microsoft.AspNetCore.Http;

namespace DingPlatform.Platform.MultiTenancy;

/// <summary>What the platform needs to know about tenants (their names for tokens) without knowing the
/// module that owns them.</summary>
public interface ITenantDirectory
{
    Task<TenantSummary?> FindAsync(Guid tenantId, CancellationToken ct);
}

public sealed record TenantSummary(Guid Id, string Name, bool IsSuspended);

/// <summary>A check on every /api request made for a tenant (the tenant still exists, is not suspended,
/// the API client is not revoked). Implemented by the module that knows; a result ends the request.</summary>
public interface ITenantRequestGuard
{
    ValueTask<IResult?> CheckAsync(HttpContext http, Guid tenantId);
}
