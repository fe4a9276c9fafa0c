using System.Security.Cryptography;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Identity;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Persistence;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DingPlatform.Tenants.Features.CreateApiClient;

/// <summary>A tenant admin creates an API client for an integrator (OAuth client credentials). The secret
/// is returned once and stored only as OpenIddict's hash; the token server's application and the
/// tenant-owned row are written in one transaction.</summary>
internal sealed class CreateApiClient(PlatformDbContext db, TenantStore tenants, IOpenIddictApplicationManager applications,
    TimeProvider clock)
{
    public async Task<ApiClientCreatedDto> ExecuteAsync(CreateApiClientRequest request, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var clientId = "ding_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = ApiClient.Create(request.Name, clientId, clock.GetUtcNow());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var descriptor = new OpenIddictApplicationDescriptor {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = request.Name.Trim(),
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + TokenEndpoint.ApiScope,
            },
        };
        descriptor.Properties[TokenEndpoint.TenantIdProperty] = System.Text.Json.JsonSerializer.SerializeToElement(tenantId.ToString());
        await applications.CreateAsync(descriptor, ct);
        db.Set<ApiClient>().Add(client);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ApiClientCreatedDto(client.Id, client.Name, clientId, secret, client.CreatedAt);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
