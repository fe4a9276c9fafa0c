using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Persistence;

/// <summary>Ticket reads several features share. Tenant reads go through the tenant filter, so another
/// tenant's id is simply not found (404); host reads switch the filter off explicitly.</summary>
internal sealed class TicketStore(PlatformDbContext db, IDataFilter filter, Sequences sequences)
{
    public IQueryable<Ticket> Tickets => db.Set<Ticket>();

    /// <summary>The current tenant's ticket with its thread and files, or 404.</summary>
    public async Task<Ticket> TenantTicketAsync(Guid id, CancellationToken ct) =>
        await db.Set<Ticket>().Include(t => t.Messages).Include(t => t.Attachments).AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, ct)
        ?? throw new EntityNotFoundException("Ticket", id);

    /// <summary>Any tenant's ticket, for provider staff, or 404.</summary>
    public async Task<Ticket> HostTicketAsync(Guid id, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await db.Set<Ticket>().Include(t => t.Messages).Include(t => t.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new EntityNotFoundException("Ticket", id);
    }

    /// <summary>Ticket numbers run per tenant without gaps (#1, #2, …), taken in the caller's transaction.</summary>
    public Task<long> NextNumberAsync(Guid tenantId, CancellationToken ct) => sequences.NextAsync($"support-ticket-{tenantId:N}", ct);

    /// <summary>When each ticket last had a message (internal notes only when <paramref name="includeInternal"/>),
    /// computed here rather than in SQL so SQLite and PostgreSQL answer alike.</summary>
    public async Task<Dictionary<Guid, DateTimeOffset>> LastMessageAtAsync(IReadOnlyCollection<Guid> ticketIds, bool includeInternal,
        CancellationToken ct)
    {
        if (ticketIds.Count == 0) return [];
        using var _ = filter.DisableMultiTenant();
        var rows = await db.Set<TicketMessage>().AsNoTracking()
            .Where(m => ticketIds.Contains(m.TicketId) && (includeInternal || !m.IsInternal))
            .Select(m => new { m.TicketId, m.At }).ToListAsync(ct);
        return rows.GroupBy(r => r.TicketId).ToDictionary(g => g.Key, g => g.Max(r => r.At));
    }
}
