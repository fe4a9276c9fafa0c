using DingPlatform.Notifications.Contracts;
using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Events;
using Microsoft.EntityFrameworkCore;
using ManageWebhooksUseCase = DingPlatform.Notifications.Features.ManageWebhooks.ManageWebhooks;

namespace DingPlatform.Notifications.Features.WebhookDeliveries;

/// <summary>The portal's delivery log of one endpoint (newest first, each attempt with its response code) and
/// "resend": the delivery goes out now through the outbox dispatcher, as a new attempt with the same event id.
/// A delivered one is simply sent again; a failed (given-up) one is revived — a failure then counts against the
/// backoff as before.</summary>
internal sealed class WebhookDeliveries(PlatformDbContext db, ManageWebhooksUseCase webhooks, OutboxDispatcher dispatcher,
    TimeProvider clock)
{
    public const int MaxPageSize = 100;
    private static readonly TimeSpan ResendLease = TimeSpan.FromMinutes(2);

    public async Task<WebhookDeliveryPageDto> ListAsync(Guid id, int? page, int? size, CancellationToken ct)
    {
        var endpoint = await webhooks.FindAsync(id, ct);
        var p = page ?? 1;
        var s = size ?? 20;
        if (p < 1 || p > 100_000) throw new InputException("page", "page must be between 1 and 100000.");
        if (s < 1 || s > MaxPageSize) throw new InputException("size", $"size must be between 1 and {MaxPageSize}.");
        var query = Deliveries(endpoint.Id, endpoint.TenantId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new WebhookDeliveryPageDto(total, p, s, await ToDtosAsync(rows, ct));
    }

    public async Task<WebhookDeliveryDto> ResendAsync(Guid id, string deliveryId, CancellationToken ct)
    {
        var endpoint = await webhooks.FindAsync(id, ct);
        if (!Guid.TryParse(deliveryId, out var did)) throw new EntityNotFoundException("Delivery",
            deliveryId.Length > 40 ? deliveryId[..40] : deliveryId);
        _ = await Deliveries(endpoint.Id, endpoint.TenantId).SingleOrDefaultAsync(d => d.Id == did, ct)
            ?? throw new EntityNotFoundException("Delivery", did);
        if (!endpoint.Enabled)
            throw new BusinessException(NotificationsErrors.WebhookDisabled, "The endpoint is disabled; enable it to resend.");
        // The same lease the dispatcher takes: never two sends of one delivery at once.
        var now = clock.GetUtcNow();
        var leaseEnd = now + ResendLease;
        var claimed = await db.Set<OutboxDelivery>().Where(d => d.Id == did && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(x => x.SetProperty(d => d.LockedUntil, leaseEnd), ct);
        if (claimed == 0)
            throw new BusinessException(NotificationsErrors.WebhookDeliveryBusy,
                "This delivery is being sent right now; try again in a moment.");
        await dispatcher.DeliverOneAsync(did, null, ct);
        db.ChangeTracker.Clear();
        var row = await db.Set<OutboxDelivery>().AsNoTracking().SingleAsync(d => d.Id == did, ct);
        return (await ToDtosAsync([row], ct)).Single();
    }

    private IQueryable<OutboxDelivery> Deliveries(Guid endpointId, Guid tenantId)
    {
        var recipient = endpointId.ToString();
        return db.Set<OutboxDelivery>().AsNoTracking()
            .Where(d => d.Channel == WebhookChannel.ChannelName && d.Recipient == recipient && d.TenantId == tenantId);
    }

    private async Task<IReadOnlyList<WebhookDeliveryDto>> ToDtosAsync(IReadOnlyList<OutboxDelivery> rows, CancellationToken ct)
    {
        var messageIds = rows.Select(r => r.MessageId).Distinct().ToList();
        var deliveryIds = rows.Select(r => r.Id).ToList();
        var types = await db.Set<OutboxMessage>().AsNoTracking().Where(m => messageIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Type }).ToDictionaryAsync(m => m.Id, m => m.Type, ct);
        var attempts = (await db.Set<OutboxAttempt>().AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).ToListAsync(ct))
            .GroupBy(a => a.DeliveryId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).ThenBy(a => a.Id).ToList());
        return rows.Select(d =>
        {
            var log = attempts.GetValueOrDefault(d.Id) ?? [];
            return new WebhookDeliveryDto(
                d.Id, types.GetValueOrDefault(d.MessageId) ?? "", d.MessageId, d.Status.ToString(), d.Attempts,
                    log.LastOrDefault()?.StatusCode, d.LastError,
                d.CreatedAt, d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt,
                log.Select(a => new WebhookAttemptDto(a.At, a.Succeeded, a.StatusCode, a.Detail)).ToList());
        }).ToList();
    }
}
