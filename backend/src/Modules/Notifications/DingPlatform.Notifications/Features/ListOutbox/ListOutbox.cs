using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Features.ListMailLog;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Features.ListOutbox;

/// <summary>The console's view of the platform's outbox: deliveries of every channel (newest first) with their
/// event type and every attempt, filtered by status and channel.</summary>
internal sealed class ListOutbox(PlatformDbContext db)
{
    public async Task<PageDto<OutboxDeliveryDto>> ExecuteAsync(string? status, string? channel, int? page, int? size, CancellationToken ct)
    {
        var (p, s) = Paging.Check(page, size);
        var q = db.Set<OutboxDelivery>().AsNoTracking();
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var st) || int.TryParse(status, out _))
                throw new InputException("status", $"The status is one of: {string.Join(", ", Enum.GetNames<DeliveryStatus>())}.");
            q = q.Where(d => d.Status == st);
        }
        if (!string.IsNullOrEmpty(channel))
        {
            if (channel.Length > 40) throw new InputException("channel", "A channel name has at most 40 characters.");
            q = q.Where(d => d.Channel == channel);
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip((p - 1) * s).Take(s)
            .Join(db.Set<OutboxMessage>(), d => d.MessageId, m => m.Id, (d, m) => new { d, m.Type }).ToListAsync(ct);
        var ids = rows.Select(r => r.d.Id).ToList();
        var attempts = (await db.Set<OutboxAttempt>().AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(ct))
            .ToLookup(a => a.DeliveryId);
        var items = rows.OrderByDescending(r => r.d.CreatedAt).ThenByDescending(r => r.d.Id).Select(r => new OutboxDeliveryDto(
            r.d.Id, r.d.MessageId, r.Type, r.d.TenantId, r.d.Channel, r.d.Recipient, r.d.Status.ToString(), r.d.Attempts, r.d.CreatedAt,
            r.d.NextAttemptAt, r.d.DeliveredAt, r.d.LastError,
            attempts[r.d.Id].OrderBy(a => a.At).Select(a => new OutboxAttemptDto(a.At, a.Succeeded, a.StatusCode, a.Detail))
                .ToList())).ToList();
        return new PageDto<OutboxDeliveryDto>(items, total, p, s);
    }
}
