using System.Security.Claims;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.MultiTenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DingPlatform.Platform.Identity;

public sealed record MeDto(
    string UserId,
    string? Email,
    string? Name,
    Guid? TenantId,
    string? TenantName,
    string Kind,
    string[] Roles,
    string[] Permissions);

internal static class MeEndpoint
{
    /// <summary>Who the caller is and what they may do; the SPA shows only what the permissions allow.</summary>
    public static MeDto Get(ClaimsPrincipal user, PermissionRegistry registry)
    {
        var roles = user.FindAll(Claims.Role).Select(c => c.Value).ToArray();
        return new MeDto(
            user.FindFirst(Claims.Subject)?.Value ?? "",
            user.FindFirst(Claims.Email)?.Value,
            user.FindFirst(Claims.Name)?.Value,
            Guid.TryParse(user.FindFirst(PlatformClaims.TenantId)?.Value, out var t) ? t : null,
            user.FindFirst(PlatformClaims.TenantName)?.Value,
            user.FindFirst(PlatformClaims.Kind)?.Value ?? "Tenant",
            roles,
            registry.GrantedTo(roles).Order(StringComparer.Ordinal).ToArray());
    }
}
