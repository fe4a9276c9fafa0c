using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Features.ManagePreferences;

/// <summary>A tenant admin reads every member's language and mail kinds and changes them; a member of another
/// tenant is not found (404).</summary>
internal sealed class ManagePreferences(PlatformDbContext db, ICurrentTenant tenant, TimeProvider clock)
{
    public async Task<IReadOnlyList<MemberPreferencesDto>> ListAsync(CancellationToken ct)
    {
        var tenantId = tenant.RequireId();
        var rows = await (from u in db.Users.Where(u => u.TenantId == tenantId)
                          join ur in db.UserRoles on u.Id equals ur.UserId into urs
                          from ur in urs.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into rs
                          from r in rs.DefaultIfEmpty()
                          select new { u.Id, u.Name, u.Email, u.CreatedAt, Role = r != null ? r.Name : null }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var prefs = await db.Set<NotificationPreference>().AsNoTracking().Where(p => ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, ct);
        return rows.GroupBy(r => r.Id).Select(g =>
        {
            var f = g.First();
            var role = g.Any(x => x.Role == PlatformRoles.TenantAdmin) ? PlatformRoles.TenantAdmin : PlatformRoles.Member;
            return (f.CreatedAt, Dto: ToDto(f.Id, f.Name, f.Email ?? "", role, prefs.GetValueOrDefault(f.Id)));
        }).OrderBy(x => x.CreatedAt).Select(x => x.Dto).ToList();
    }

    public async Task<MemberPreferencesDto> UpdateAsync(Guid userId, UpdatePreferencesRequest? request, CancellationToken ct)
    {
        var tenantId = tenant.RequireId();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.TenantId == tenantId)
            .Select(u => new { u.Id, u.Name, u.Email }).SingleOrDefaultAsync(ct)
            ?? throw new EntityNotFoundException("Member", userId);
        if (request is null) throw new InputException("language", "Send the language and/or the mail kinds to change.");
        string? language = null;
        if (request.Language is not null)
            language = Languages.All.FirstOrDefault(l => string.Equals(l, request.Language, StringComparison.OrdinalIgnoreCase))
                ?? throw new InputException("language", $"The language must be one of: {string.Join(", ", Languages.All)}.");
        if (request.MailKinds is { } kinds)
        {
            var unknown = kinds.Where(k => !MailKinds.All.Contains(k, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0) throw new InputException("mailKinds",
                $"Unknown mail kind(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", MailKinds.All)}.");
        }

        var pref = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (pref is null) db.Set<NotificationPreference>().Add(pref = new NotificationPreference { UserId = userId, TenantId = tenantId });
        if (language is not null) pref.Language = language;
        if (request.MailKinds is not null) pref.SetReceived(request.MailKinds);
        pref.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);

        var isAdmin = await (from ur in db.UserRoles
                             join r in db.Roles on ur.RoleId equals r.Id
                             where ur.UserId == userId && r.Name == PlatformRoles.TenantAdmin
                             select ur).AnyAsync(ct);
        return ToDto(user.Id, user.Name, user.Email ?? "", isAdmin ? PlatformRoles.TenantAdmin : PlatformRoles.Member, pref);
    }

    private static MemberPreferencesDto ToDto(Guid id, string name, string email, string role, NotificationPreference? pref) =>
        new(id, name, email, role, pref?.Language ?? Languages.ZhCn, pref?.MailKindsReceived() ?? MailKinds.All);
}
