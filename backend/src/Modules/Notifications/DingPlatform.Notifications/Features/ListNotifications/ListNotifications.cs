using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Features.ListNotifications;

/// <summary>The tenant's latest 100 notifications, newest first.</summary>
internal sealed class ListNotifications(PlatformDbContext db)
{
    public async Task<IReadOnlyList<NotificationDto>> ExecuteAsync(CancellationToken ct) =>
        (await db.Set<Notification>().AsNoTracking().ToListAsync(ct))
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.CreatedAt, n.QuoteId)).ToList();
}
