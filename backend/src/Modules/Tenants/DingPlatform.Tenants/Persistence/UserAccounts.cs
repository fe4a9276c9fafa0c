using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Persistence;

/// <summary>Creates people's accounts. E-mail addresses are unique across the whole platform (they are
/// the sign-in name), so the check runs with the tenant filter off.</summary>
internal sealed class UserAccounts(UserManager<PlatformUser> users, IDataFilter dataFilter, TimeProvider clock)
{
    public async Task<PlatformUser> CreateAsync(Guid tenantId, string name, string email, string password, string role,
        string emailField, string passwordField, CancellationToken ct)
    {
        using var _ = dataFilter.DisableMultiTenant();
        if (await users.FindByEmailAsync(email) is not null)
            throw new BusinessException(TenantsErrors.EmailTaken, $"{email} already has an account.").WithDetail("field", emailField);
        var user = new PlatformUser {
            TenantId = tenantId,
            UserName = email,
            Email = email,
            Name = name.Trim(),
            CreatedAt = clock.GetUtcNow(),
            EmailConfirmed = true
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var passwordErrors = created.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToList();
            if (passwordErrors.Count > 0)
                throw new InputException(passwordField, string.Join(" ", passwordErrors.Select(e => e.Description)));
            throw new InputException(emailField, string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        var roled = await users.AddToRoleAsync(user, role);
        if (!roled.Succeeded) throw new InvalidOperationException(string.Join(" ", roled.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task<int> CountAsync(Guid tenantId, CancellationToken ct)
    {
        using var _ = dataFilter.DisableMultiTenant();
        return await users.Users.CountAsync(u => u.TenantId == tenantId, ct);
    }
}
