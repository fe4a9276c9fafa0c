using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Services;

internal sealed record StaffPerson(Guid Id, string Name, string? Email, string? Phone);

/// <summary>The provider's support staff: users without a tenant holding the <see cref="PlatformRoles.Support"/> role.</summary>
internal sealed class SupportStaff(PlatformDbContext db, IDataFilter filter)
{
    public async Task<IReadOnlyList<StaffPerson>> AllAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var roleId = await db.Roles.Where(r => r.Name == PlatformRoles.Support).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);
        if (roleId is null) return [];
        return await db.Users.AsNoTracking()
            .Where(u => u.TenantId == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new StaffPerson(u.Id, u.Name, u.Email, u.PhoneNumber)).ToListAsync(ct);
    }

    public async Task<StaffPerson?> FindAsync(Guid userId, CancellationToken ct) =>
        (await AllAsync(ct)).SingleOrDefault(s => s.Id == userId);

    /// <summary>Display names of users (staff or tenant), for assignees and authors.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        using var _ = filter.DisableMultiTenant();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }
}
