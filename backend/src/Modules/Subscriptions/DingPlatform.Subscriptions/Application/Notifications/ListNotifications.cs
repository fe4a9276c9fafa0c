using DingPlatform.Platform.Data;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Application.Notifications;

internal sealed class ListNotifications(PlatformDbContext db)
{
    public async Task<IReadOnlyList<NotificationDto>> ExecuteAsync(CancellationToken ct) =>
        (await db.Set<Notification>().AsNoTracking().ToListAsync(ct))
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.CreatedAt, n.QuoteId)).ToList();
}
