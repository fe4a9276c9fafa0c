using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Features.GetMembers;

/// <summary>The tenant's people with their role, oldest first, for the tenant admin's members page.</summary>
internal sealed class GetMembers(PlatformDbContext db, TenantStore tenants)
{
    public async Task<IReadOnlyList<MemberDto>> ExecuteAsync(CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        // The tenant filter already limits Users to the caller's tenant; the explicit id keeps the intent visible.
        var rows = await (from u in db.Users.Where(u => u.TenantId == tenantId)
                          join ur in db.UserRoles on u.Id equals ur.UserId into urs
                          from ur in urs.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into rs
                          from r in rs.DefaultIfEmpty()
                          select new { u.Id, u.Name, u.Email, u.CreatedAt, Role = r != null ? r.Name : null }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => g.First() is var f
                ? new MemberDto(f.Id, f.Name, f.Email ?? "", PickRole(g.Select(x => x.Role)), f.CreatedAt) : null!)
            .OrderBy(m => m.CreatedAt).ToList();
    }

    private static string PickRole(IEnumerable<string?> roles)
    {
        var set = roles.Where(r => r is not null).ToHashSet();
        return set.Contains(PlatformRoles.TenantAdmin) ? PlatformRoles.TenantAdmin : PlatformRoles.Member;
    }
}
