using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Identity;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Features.RemoveMember;

/// <summary>A tenant admin removes a person's account; not their own, so a tenant cannot lock itself out.</summary>
internal sealed class RemoveMember(PlatformDbContext db, TenantStore tenants, UserManager<PlatformUser> users, IHttpContextAccessor http)
{
    public async Task ExecuteAsync(Guid memberId, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId && u.TenantId == tenantId, ct)
            ?? throw new EntityNotFoundException("Member", memberId);
        if (http.HttpContext?.User.FindFirst("sub")?.Value == user.Id.ToString())
            throw new BusinessException(TenantsErrors.CannotRemoveSelf, "You cannot remove your own account.");
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
