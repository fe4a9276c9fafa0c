using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.SignUp;

/// <summary>A company signs itself up: the tenant and its first admin are created together or not at all.</summary>
internal sealed class SignUp(PlatformDbContext db, UserAccounts accounts, TimeProvider clock)
{
    public async Task<SignUpResult> ExecuteAsync(SignUpRequest request, CancellationToken ct)
    {
        var tenant = Tenant.SignUp(request.CompanyName, clock.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<Tenant>().Add(tenant);
        await db.SaveChangesAsync(ct);
        await accounts.CreateAsync(tenant.Id, request.AdminName, request.AdminEmail, request.AdminPassword, PlatformRoles.TenantAdmin,
            "adminEmail", "adminPassword", ct);
        await tx.CommitAsync(ct);
        return new SignUpResult(tenant.Id);
    }
}
