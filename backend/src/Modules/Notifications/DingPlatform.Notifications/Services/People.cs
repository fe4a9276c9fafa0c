using System.Text.Json;
using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Services;

/// <summary>A user a mail can go to, with their settings.</summary>
internal sealed record Person(Guid Id, Guid? TenantId, string Email, string Name, string Language, NotificationPreference? Preference)
{
    public bool Receives(string kind) => Preference?.Receives(kind) ?? true;
}

/// <summary>Who an event's audience is, read across tenants (the outbox runs outside any request): users and
/// their roles from the platform's identity tables, settings from this module's preferences.</summary>
internal sealed class People(PlatformDbContext db, IDataFilter filter)
{
    /// <summary>Payload properties naming a user, by audience (the first one present counts).</summary>
    private static readonly string[] OpenerProperties = ["openedByUserId", "openerUserId", "openedBy"];
    private static readonly string[] AccountManagerProperties = ["accountManagerUserId", "accountManagerId"];

    public async Task<IReadOnlyList<Guid>> AudienceAsync(NotificationTemplate template, OutboxMessage message, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var tenantId = message.TenantId;
        switch (template.Audience)
        {
            case Audience.TenantAdmins when tenantId is not null:
                return await InRoleAsync(PlatformRoles.TenantAdmin, tenantId, ct);
            case Audience.AllMembers:
                return tenantId is null
                    ? await db.Users.Where(u => u.TenantId != null).Select(u => u.Id).ToListAsync(ct)
                    : await db.Users.Where(u => u.TenantId == tenantId).Select(u => u.Id).ToListAsync(ct);
            case Audience.TicketOpener:
                var opener = UserIdIn(message.Payload, OpenerProperties);
                if (opener is null) return [];
                return await db.Users.Where(u => u.Id == opener && (tenantId == null || u.TenantId == tenantId)).Select(u => u.Id)
                    .ToListAsync(ct);
            case Audience.AccountManagerAndProviderAdmins:
                var admins = await InRoleAsync(PlatformRoles.ProviderAdmin, null, ct);
                var manager = UserIdIn(message.Payload, AccountManagerProperties);
                if (manager is null) return admins;
                var staff = await db.Users.Where(u => u.Id == manager && u.TenantId == null).Select(u => u.Id).ToListAsync(ct);
                return [.. staff, .. admins.Except(staff)];
            default:
                return [];
        }
    }

    /// <summary>The tenants whose inboxes an event goes to: its own, or every tenant for an event that names none
    /// and is meant for everyone (an announcement).</summary>
    public async Task<IReadOnlyList<Guid>> InboxTenantsAsync(NotificationTemplate template, OutboxMessage message, CancellationToken ct)
    {
        if (message.TenantId is { } t) return [t];
        if (template.Audience != Audience.AllMembers) return [];
        using var _ = filter.DisableMultiTenant();
        return await db.Users.Where(u => u.TenantId != null).Select(u => u.TenantId!.Value).Distinct().ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Person>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.TenantId, u.Email, u.Name }).ToListAsync(ct);
        var prefs = await db.Set<NotificationPreference>().AsNoTracking().Where(p => userIds.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, ct);
        return users.Where(u => !string.IsNullOrWhiteSpace(u.Email)).Select(u =>
        {
            var pref = prefs.GetValueOrDefault(u.Id);
            return new Person(u.Id, u.TenantId, u.Email!, u.Name, pref?.Language ?? Languages.ZhCn, pref);
        }).ToList();
    }

    private async Task<List<Guid>> InRoleAsync(string role, Guid? tenantId, CancellationToken ct) =>
        await (from u in db.Users
               join ur in db.UserRoles on u.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where r.Name == role && u.TenantId == tenantId
               select u.Id).Distinct().ToListAsync(ct);

    private static Guid? UserIdIn(string payload, string[] names)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var name in names)
                if (doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                    && Guid.TryParse(v.GetString(), out var id))
                    return id;
        }
        catch (JsonException) { }
        return null;
    }
}
