using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Services;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace DingPlatform.Tenants.Features.RevokeApiClient;

/// <summary>Revoking removes the client from the token server (no new tokens) and marks it revoked, which
/// the platform checks on every integrator request (at once on this host, within 30 s on others).
/// Revoking a revoked client changes nothing.</summary>
internal sealed class RevokeApiClient(PlatformDbContext db, IOpenIddictApplicationManager applications, TenantDirectory directory,
    TimeProvider clock)
{
    public async Task ExecuteAsync(Guid id, CancellationToken ct)
    {
        var client = await db.Set<ApiClient>().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new EntityNotFoundException("ApiClient", id);
        if (!client.Revoke(clock.GetUtcNow())) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await applications.FindByClientIdAsync(client.ClientId, ct) is { } app)
            await applications.DeleteAsync(app, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        directory.ForgetClient(client.ClientId);
    }
}
