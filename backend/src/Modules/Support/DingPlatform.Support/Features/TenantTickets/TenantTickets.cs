using DingPlatform.Platform.Data;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Persistence;
using DingPlatform.Support.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.TenantTickets;

/// <summary>The tenant's side of its tickets: the list, one ticket's thread (never internal notes), replies,
/// confirming a resolved ticket (close) and reopening a closed one within 7 days.</summary>
internal sealed class TenantTickets(PlatformDbContext db, TicketStore store, SupportCaller caller, ServiceHoursSource hours,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<TicketSummaryDto>> ListAsync(CancellationToken ct)
    {
        // The tenant filter scopes this to the caller's tenant.
        var tickets = await store.Tickets.AsNoTracking().OrderByDescending(t => t.Number).Take(500).ToListAsync(ct);
        var last = await store.LastMessageAtAsync(tickets.Select(t => t.Id).ToList(), includeInternal: false, ct);
        return tickets.OrderByDescending(t => t.OpenedAt).ThenByDescending(t => t.Number)
            .Select(t => t.ToSummary(last.TryGetValue(t.Id, out var at) ? at : null)).ToList();
    }

    public async Task<TicketDto> GetAsync(Guid id, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(id, ct);
        return ticket.ToTenantDto(clock.GetUtcNow(), await hours.CalendarAsync(ct));
    }

    /// <summary>A reply brings a ticket waiting on the customer (or resolved) back to Open.</summary>
    public async Task<TicketDto> ReplyAsync(Guid id, TenantReplyRequest? request, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(id, ct);
        var body = request?.Body ?? throw new Platform.Errors.InputException("body", "This is required.");
        var now = clock.GetUtcNow();
        ticket.ReplyAsTenant(await caller.AuthorAsync(ct), body, now);
        await db.SaveChangesAsync(ct);
        return ticket.ToTenantDto(now, await hours.CalendarAsync(ct));
    }

    public async Task<TicketDto> CloseAsync(Guid id, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(id, ct);
        var now = clock.GetUtcNow();
        ticket.Close(now);
        await db.SaveChangesAsync(ct);
        return ticket.ToTenantDto(now, await hours.CalendarAsync(ct));
    }

    public async Task<TicketDto> ReopenAsync(Guid id, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(id, ct);
        var now = clock.GetUtcNow();
        ticket.Reopen(now);
        await db.SaveChangesAsync(ct);
        return ticket.ToTenantDto(now, await hours.CalendarAsync(ct));
    }
}
