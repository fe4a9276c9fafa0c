using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts.Events;
using DingPlatform.Support.Domain;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.FlagBreaches;

/// <summary>§1.3 / SPEC Support: a first-response deadline that passed without a staff reply is flagged and
/// escalated once. A reconciler: each run finds what is due. Each ticket is claimed by one conditional
/// UPDATE (the same guard as <see cref="Ticket.MarkBreached"/>), and the <c>support.sla-breached</c> event is
/// written in that UPDATE's transaction, so two runs, two hosts or a late run escalate exactly once.</summary>
internal sealed class FlagBreaches(PlatformDbContext db, IDataFilter filter, ITenantsFacade tenants, IEventPublisher events,
    TimeProvider clock)
{
    private const int Batch = 200;

    /// <summary>How many tickets this run flagged.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var flagged = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            var due = await Due(now).AsNoTracking().OrderBy(t => t.FirstResponseDueAt).Take(Batch)
                .Select(t => new { t.Id, t.TenantId, t.Number, t.Subject, t.FirstResponseDueAt, t.AssigneeId }).ToListAsync(ct);
            if (due.Count == 0) return flagged;
            var names = await tenants.NamesAsync(due.Select(d => d.TenantId).Distinct().ToList(), ct);
            var claimedThisBatch = 0;
            foreach (var t in due)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var won = await Due(now).Where(x => x.Id == t.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.BreachedAt, x => x.FirstResponseDueAt)
                        .SetProperty(x => x.EscalatedAt, now), ct);
                if (won == 0) continue; // another run or host flagged it, or staff answered meanwhile
                var manager = await db.Set<TenantAccountManager>().AsNoTracking().Where(m => m.TenantId == t.TenantId)
                    .Select(m => (Guid?)m.StaffUserId).SingleOrDefaultAsync(ct);
                await events.PublishAsync(new SlaBreached(t.Id, t.TenantId, names.GetValueOrDefault(t.TenantId, ""), t.Number, t.Subject,
                    t.FirstResponseDueAt!.Value, now, manager, t.AssigneeId), ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                claimedThisBatch++;
            }
            flagged += claimedThisBatch;
            if (due.Count < Batch || claimedThisBatch == 0) return flagged;
        }
    }

    private IQueryable<Ticket> Due(DateTimeOffset now) =>
        db.Set<Ticket>()
            .Where(t => t.FirstResponseDueAt != null && t.FirstResponseDueAt < now && t.FirstRespondedAt == null && t.EscalatedAt == null);
}
