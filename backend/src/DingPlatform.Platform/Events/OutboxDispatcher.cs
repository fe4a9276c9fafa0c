using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DingPlatform.Platform.Events;

/// <summary>
/// Delivers the outbox: a reconciler, every minute. Fan-out claims each message once (an UPDATE that only
/// one host wins) and creates its deliveries in the same transaction; delivery claims each due delivery
/// with a short lease, so two hosts never send the same one at once, and records every attempt. A
/// failure is retried with backoff for up to <see cref="GiveUpAfter"/>. A host that dies after sending
/// but before recording sends again when the lease runs out: receivers dedupe on the delivery id.
/// </summary>
public sealed class OutboxDispatcher(PlatformDbContext db, IEnumerable<IOutboxChannel> channels, TimeProvider clock,
    ILogger<OutboxDispatcher> log) : IRecurringJob
{
    public static string Id => "outbox-deliver";
    public static string Cron => "* * * * *";
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(3);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3),
            TimeSpan.FromHours(6), TimeSpan.FromHours(12)];
    private const int Batch = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await FanOutAsync(cancellationToken) == Batch) { }
        while (await DeliverDueAsync(cancellationToken) == Batch) { }
    }

    public static TimeSpan DelayAfter(int attempts) => Backoff[Math.Clamp(attempts - 1, 0, Backoff.Length - 1)];

    private async Task<int> FanOutAsync(CancellationToken ct)
    {
        var ids = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.FannedOutAt == null)
            .OrderBy(m => m.OccurredAt).Select(m => m.Id).Take(Batch).ToListAsync(ct);
        var list = channels.ToList();
        foreach (var id in ids)
        {
            var now = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var won = await db.Set<OutboxMessage>().Where(m => m.Id == id && m.FannedOutAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.FannedOutAt, now), ct);
            if (won == 0) continue; // another host fanned it out
            var message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id, ct);
            foreach (var channel in list)
                foreach (var recipient in (await channel.RecipientsAsync(message, ct)).Distinct())
                {
                    db.Set<OutboxDelivery>().Add(new OutboxDelivery {
                        Id = Guid.CreateVersion7(),
                        MessageId = id,
                        Channel = channel.Name,
                        Recipient = recipient,
                        TenantId = message.TenantId,
                        Status = DeliveryStatus.Pending,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    });
                }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }

    private async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxDelivery>().AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        var byName = channels.ToDictionary(c => c.Name);
        foreach (var id in due)
        {
            now = clock.GetUtcNow();
            var leaseEnd = now + Lease;
            var claimed = await db.Set<OutboxDelivery>()
                .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LockedUntil == null || d.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, leaseEnd), ct);
            if (claimed == 0) continue;
            await DeliverOneAsync(id, byName, ct);
            db.ChangeTracker.Clear();
        }
        return due.Count;
    }

    /// <summary>Sends one delivery now (the job, or a "resend" by a person) and records the attempt.</summary>
    public async Task DeliverOneAsync(Guid deliveryId, IReadOnlyDictionary<string, IOutboxChannel>? byName, CancellationToken ct)
    {
        byName ??= channels.ToDictionary(c => c.Name);
        var delivery = await db.Set<OutboxDelivery>().SingleAsync(d => d.Id == deliveryId, ct);
        var message = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == delivery.MessageId, ct);
        int? status = null;
        string? error = null;
        var gone = false;
        try
        {
            if (!byName.TryGetValue(delivery.Channel, out var channel)) throw new DeliveryFailedException(
                $"No channel '{delivery.Channel}' on this host.");
            status = await channel.DeliverAsync(message, delivery, ct);
        }
        catch (RecipientGoneException ex)
        {
            error = ex.Message;
            gone = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
            status = (ex as DeliveryFailedException)?.StatusCode;
            log.LogWarning("Outbox delivery {Delivery} ({Channel}) failed: {Error}", delivery.Id, delivery.Channel, error);
        }
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.LockedUntil = null;
        if (error is null)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            delivery.LastError = null;
        }
        else if (gone)
        {
            delivery.LastError = error;
            delivery.Status = DeliveryStatus.Failed;
        }
        else
        {
            delivery.LastError = error;
            var next = now + DelayAfter(delivery.Attempts);
            if (next - delivery.CreatedAt > GiveUpAfter) delivery.Status = DeliveryStatus.Failed;
            else { delivery.Status = DeliveryStatus.Pending; delivery.NextAttemptAt = next; }
        }
        db.Set<OutboxAttempt>()
            .Add(new OutboxAttempt {
                Id = Guid.CreateVersion7(),
                DeliveryId = delivery.Id,
                At = now,
                Succeeded = error is null,
                StatusCode = status,
                Detail = error
            });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Thrown by a channel whose recipient takes no more deliveries (a webhook endpoint deleted or disabled):
/// the delivery is closed (Failed, with the reason as its error) and not retried.</summary>
public sealed class RecipientGoneException(string reason) : Exception(reason);
