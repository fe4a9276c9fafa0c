using System.Security.Cryptography;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Identity;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DingPlatform.Tenants.Application.ApiClients;

/// <summary>A tenant admin creates API clients for integrators (OAuth client credentials) and revokes them.
/// The secret is returned once and stored only as OpenIddict's hash.</summary>
internal sealed class ApiClients(PlatformDbContext db, TenantStore tenants, IOpenIddictApplicationManager applications, TenantDirectory directory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiClientDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<ApiClient>().AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.CreatedAt).Select(c => c.ToDto()).ToList();

    public async Task<ApiClientCreatedDto> CreateAsync(CreateApiClientRequest request, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var clientId = "ding_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var client = ApiClient.Create(request.Name, clientId, clock.GetUtcNow());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var descriptor = new OpenIddictApplicationDescriptor
        {
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

    /// <summary>Revoking removes the client from the token server (no new tokens) and marks it revoked, which
    /// the platform checks on every integrator request (at once on this host, within 30 s on others).</summary>
    public async Task RevokeAsync(Guid id, CancellationToken ct)
    {
        var client = await db.Set<ApiClient>().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new EntityNotFoundException("ApiClient", id);
        if (!client.Revoke(clock.GetUtcNow())) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await applications.FindByClientIdAsync(client.ClientId, ct) is { } app)
            await applications.DeleteAsync(app, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        directory.ForgetClient(client.ClientId);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
