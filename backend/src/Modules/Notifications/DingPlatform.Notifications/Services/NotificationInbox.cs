using DingPlatform.Notifications.Contracts;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Services;

/// <summary>Reads within the current tenant's query filter.</summary>
internal sealed class NotificationInbox(PlatformDbContext db) : INotificationInbox
{
    public Task<bool> ExistsAsync(string dedupKey, CancellationToken ct) =>
        db.Set<Notification>().AnyAsync(n => n.DedupKey == dedupKey, ct);

    public Task<Guid?> LatestQuoteIdAsync(string kind, CancellationToken ct) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.QuoteId != null && n.Kind == kind)
            .OrderByDescending(n => n.CreatedAt).Select(n => n.QuoteId).FirstOrDefaultAsync(ct);
}
