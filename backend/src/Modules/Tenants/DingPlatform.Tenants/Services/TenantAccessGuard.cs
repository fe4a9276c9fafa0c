using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Http;

namespace DingPlatform.Tenants.Services;

/// <summary>A tenant that no longer exists gets 401, as does a revoked API client's unexpired token; a
/// suspended tenant's users and API clients can still see who they are and why they are suspended
/// (routes marked <c>AllowWhileSuspended</c>), and nothing else.</summary>
internal sealed class TenantAccessGuard(TenantDirectory tenants) : ITenantRequestGuard
{
    public async ValueTask<IResult?> CheckAsync(HttpContext http, Guid tenantId)
    {
        var tenant = await tenants.FindAsync(tenantId, http.RequestAborted);
        if (tenant is null) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (http.User.FindFirst(PlatformClaims.Kind)?.Value == "Integrator"
            && !await tenants.IsApiClientActiveAsync(http.User.FindFirst("sub")?.Value ?? "", http.RequestAborted))
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (tenant.IsSuspended && http.GetEndpoint()?.Metadata.GetMetadata<AllowWhileSuspendedAttribute>() is null)
            throw new BusinessException(TenantsErrors.TenantSuspended, "This tenant is suspended by the provider.", 403);
        return null;
    }
}
