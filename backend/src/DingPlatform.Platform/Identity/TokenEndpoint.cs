using System.Security.Claims;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OidcErrors = OpenIddict.Abstractions.OpenIddictConstants.Errors;

namespace DingPlatform.Platform.Identity;

/// <summary>/connect/token in passthrough mode: OpenIddict checks the protocol (and client secrets);
/// this decides who the caller is and which claims go into the access token.</summary>
public static class TokenEndpoint
{
    public const string ApiScope = "api";
    public const string ApiResource = "dingplatform-api";
    public const string TenantIdProperty = "tenant_id";

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        UserManager<PlatformUser> users,
        SignInManager<PlatformUser> signIn,
        IOpenIddictApplicationManager applications,
        ITenantDirectory tenants,
        IDataFilter dataFilter)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            // PostgreSQL cannot compare text holding U+0000; such a name matches no account.
            if ((request.Username ?? "").Contains('\0') || (request.Password ?? "").Contains('\0'))
                return Reject("The email or password is incorrect.");
            PlatformUser? user;
            using (dataFilter.DisableMultiTenant())
                user = await users.FindByEmailAsync(request.Username ?? "");
            if (user is null) return Reject("The email or password is incorrect.");
            using (dataFilter.DisableMultiTenant())
            {
                var result = await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
                if (result.IsLockedOut) return Reject("The account is locked after repeated failed sign-ins. Try again later.");
                if (!result.Succeeded) return Reject("The email or password is incorrect.");
            }
            return await SignInUserAsync(user, request.GetScopes(), users, tenants, dataFilter);
        }

        if (request.IsRefreshTokenGrantType())
        {
            var auth = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var id = auth.Principal?.GetClaim(Claims.Subject);
            PlatformUser? user;
            using (dataFilter.DisableMultiTenant())
                user = id is null ? null : await users.FindByIdAsync(id);
            if (user is null || await users.IsLockedOutAsync(user)) return Reject("The refresh token is no longer valid.");
            return await SignInUserAsync(user, auth.Principal!.GetScopes(), users, tenants, dataFilter);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var app = await applications.FindByClientIdAsync(request.ClientId!);
            if (app is null) return Reject("Unknown client.", OidcErrors.InvalidClient);
            var props = await applications.GetPropertiesAsync(app);
            if (!props.TryGetValue(TenantIdProperty, out var tenantElement) || !Guid.TryParse(tenantElement.GetString(), out var tenantId))
                return Reject("The client belongs to no tenant.", OidcErrors.InvalidClient);
            var tenant = await tenants.FindAsync(tenantId, http.RequestAborted);
            if (tenant is null) return Reject("The client belongs to no tenant.", OidcErrors.InvalidClient);

            var identity = NewIdentity();
            identity.SetClaim(Claims.Subject, request.ClientId)
                .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(app) ?? request.ClientId)
                .SetClaim(PlatformClaims.TenantId, tenantId.ToString())
                .SetClaim(PlatformClaims.TenantName, tenant.Name)
                .SetClaim(PlatformClaims.Kind, "Integrator")
                .SetClaims(Claims.Role, [PlatformRoles.Integrator]);
            return SignIn(identity, request.GetScopes().Intersect([ApiScope]));
        }

        return Reject("The grant type is not supported.", OidcErrors.UnsupportedGrantType);
    }

    private static async Task<IResult> SignInUserAsync(PlatformUser user, IEnumerable<string> scopes, UserManager<PlatformUser> users,
        ITenantDirectory tenants, IDataFilter dataFilter)
    {
        IList<string> roles;
        using (dataFilter.DisableMultiTenant())
            roles = await users.GetRolesAsync(user);
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.Name)
            .SetClaim(PlatformClaims.Kind, user.TenantId is null ? "Host" : "Tenant")
            .SetClaims(Claims.Role, [.. roles]);
        if (user.TenantId is { } tenantId)
        {
            var tenant = await tenants.FindAsync(tenantId, default);
            identity.SetClaim(PlatformClaims.TenantId, tenantId.ToString());
            identity.SetClaim(PlatformClaims.TenantName, tenant?.Name);
        }
        return SignIn(identity, scopes.Intersect([ApiScope, Scopes.OfflineAccess]));
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private static IResult SignIn(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(ApiResource);
        // Every claim goes into the access token only; no identity tokens are issued.
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Reject(string description, string error = OidcErrors.InvalidGrant) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?> {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
