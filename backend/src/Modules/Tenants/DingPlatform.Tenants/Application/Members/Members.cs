using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Identity;
using DingPlatform.Plans.Contracts;
using DingPlatform.Tenants.Application.SignUp;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Application.Members;

/// <summary>A tenant admin manages the tenant's people; the head count is held to the plan's
/// <c>members</c> limit (SPEC §3.1.2).</summary>
internal sealed class Members(
    PlatformDbContext db, TenantStore tenants, UserAccounts accounts, UserManager<PlatformUser> users,
    IEntitlementService entitlements, IHttpContextAccessor http)
{
    public async Task<IReadOnlyList<MemberDto>> ListAsync(CancellationToken ct)
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
            .Select(g => g.First() is var f ? new MemberDto(f.Id, f.Name, f.Email ?? "", PickRole(g.Select(x => x.Role)), f.CreatedAt) : null!)
            .OrderBy(m => m.CreatedAt).ToList();
    }

    public async Task<MemberDto> AddAsync(AddMemberRequest request, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var limit = (await entitlements.GetEffectiveAsync(tenantId, ct)).Amount(EntitlementKeys.Members);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A no-op write on the tenant row takes its lock (PostgreSQL) or the write lock (SQLite): concurrent adds
        // for one tenant count one after another, so two of them cannot both take the last seat.
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Tenants\" SET \"Name\" = \"Name\" WHERE \"Id\" = {tenantId}", ct);
        var count = await accounts.CountAsync(tenantId, ct);
        if (count + 1 > limit)
            throw new BusinessException(TenantsErrors.MemberLimitReached,
                    $"The plan allows {limit} members and the tenant has {count}. Buy a members pack or upgrade to add more.")
                .WithDetail("limit", limit).WithDetail("count", count);
        var user = await accounts.CreateAsync(tenantId, request.Name, request.Email, request.Password, request.Role, "email", "password", ct);
        await tx.CommitAsync(ct);
        return new MemberDto(user.Id, user.Name, user.Email!, request.Role, user.CreatedAt);
    }

    public async Task RemoveAsync(Guid memberId, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == memberId && u.TenantId == tenantId, ct)
            ?? throw new EntityNotFoundException("Member", memberId);
        if (http.HttpContext?.User.FindFirst("sub")?.Value == user.Id.ToString())
            throw new BusinessException(TenantsErrors.CannotRemoveSelf, "You cannot remove your own account.");
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static string PickRole(IEnumerable<string?> roles)
    {
        var set = roles.Where(r => r is not null).ToHashSet();
        return set.Contains(PlatformRoles.TenantAdmin) ? PlatformRoles.TenantAdmin : PlatformRoles.Member;
    }
}
