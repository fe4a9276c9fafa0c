using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Contracts.Events;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Persistence;
using DingPlatform.Support.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.SupportQueue;

/// <summary>The provider's side of tickets: the queue ordered by service time left (breached first), the full
/// thread with internal notes, staff replies (the first public one is the first response), status changes
/// and bulk assignment.</summary>
internal sealed class SupportQueue(
    PlatformDbContext db, TicketStore store, IDataFilter filter, SupportCaller caller, SupportStaff staff, ServiceHoursSource hours,
    ITenantsFacade tenants, IEventPublisher events, TimeProvider clock)
{
    public async Task<IReadOnlyList<QueueItemDto>> QueueAsync(TicketStatus? status, Guid? assigneeId, Guid? tenantId, CancellationToken ct)
    {
        List<Ticket> tickets;
        using (filter.DisableMultiTenant())
        {
            var q = store.Tickets.AsNoTracking();
            q = status is { } s ? q.Where(t => t.Status == s) : q.Where(t => t.Status != TicketStatus.Closed);
            if (assigneeId is { } a) q = q.Where(t => t.AssigneeId == a);
            if (tenantId is { } tid) q = q.Where(t => t.TenantId == tid);
            tickets = await q.OrderByDescending(t => t.OpenedAt).Take(1000).ToListAsync(ct);
        }
        var now = clock.GetUtcNow();
        var calendar = await hours.CalendarAsync(ct);
        var names = await tenants.NamesAsync(tickets.Select(t => t.TenantId).Distinct().ToList(), ct);
        var people = await staff.NamesAsync(tickets.Where(t => t.AssigneeId is not null).Select(t => t.AssigneeId!.Value), ct);
        var last = await store.LastMessageAtAsync(tickets.Select(t => t.Id).ToList(), includeInternal: true, ct);
        return tickets
            .Select(t =>
            {
                var state = t.SlaStateAt(now, calendar);
                return new QueueItemDto(t.Id, t.Number, t.TenantId, names.GetValueOrDefault(t.TenantId, ""), t.Subject,
                    t.Category, t.Status,
                    t.OpenedAt, t.FirstResponseDueAt, t.FirstRespondedAt, TicketMapper.TimeLeftMinutes(t, now, calendar),
                    state == SlaState.AtRisk, state == SlaState.Breached, state, TicketMapper.Ref(t.AssigneeId, people),
                    last.TryGetValue(t.Id, out var at) && at > t.OpenedAt ? at : t.OpenedAt);
            })
            // Least time left first; a breached ticket has negative time left, so it leads. No countdown last.
            .OrderBy(i => i.Breached ? 0 : i.TimeLeftMinutes is null ? 2 : 1)
            .ThenBy(i => i.FirstResponseDueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i.TimeLeftMinutes ?? int.MaxValue)
            .ThenBy(i => i.OpenedAt)
            .ToList();
    }

    public async Task<HostTicketDto> GetAsync(Guid id, CancellationToken ct) => await DtoAsync(await store.HostTicketAsync(id, ct), ct);

    public async Task<HostTicketDto> PostMessageAsync(Guid id, StaffMessageRequest request, CancellationToken ct)
    {
        var ticket = await store.HostTicketAsync(id, ct);
        var author = await caller.AuthorAsync(ct);
        var now = clock.GetUtcNow();
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        if (request.Internal == true)
        {
            if (request.WaitForCustomer == true) throw new InputException("waitForCustomer",
                "An internal note does not ask the tenant anything.");
            ticket.AddInternalNote(author, request.Body!, now);
        }
        else
        {
            var message = ticket.ReplyAsStaff(author, request.Body!, now, request.WaitForCustomer == true);
            await events.PublishAsync(
                new TicketReplied(ticket.Id, ticket.TenantId, ticket.Number, ticket.Subject, message.Id, author.Name, now,
                    ticket.Status), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DtoAsync(ticket, ct);
    }

    /// <summary>WaitingOnCustomer (after a reply), Resolved (answered), or Closed (once resolved). Open is the
    /// tenant's move: it replies or reopens.</summary>
    public async Task<HostTicketDto> SetStatusAsync(Guid id, SetTicketStatusRequest request, CancellationToken ct)
    {
        var ticket = await store.HostTicketAsync(id, ct);
        var now = clock.GetUtcNow();
        switch (request.Status)
        {
            case TicketStatus.WaitingOnCustomer: ticket.AwaitCustomer(); break;
            case TicketStatus.Resolved: ticket.Resolve(now); break;
            case TicketStatus.Closed: ticket.Close(now); break;
            default:
                throw new InputException("status",
                "Staff set WaitingOnCustomer, Resolved or Closed; a ticket is Open again when the tenant replies or reopens it.");
        }
        await db.SaveChangesAsync(ct);
        return await DtoAsync(ticket, ct);
    }

    /// <summary>Every listed ticket to one support staff member (or unassigned), all or nothing.</summary>
    public async Task<AssignTicketsResultDto> AssignAsync(AssignTicketsRequest request, CancellationToken ct)
    {
        var ids = request.TicketIds!.Distinct().ToList();
        if (request.AssigneeId is { } assignee && await staff.FindAsync(assignee, ct) is null)
            throw new BusinessException(SupportErrors.NotSupportStaff, $"User {assignee} is not support staff.", 400)
                .WithDetail("field", "assigneeId");
        List<Ticket> tickets;
        using (filter.DisableMultiTenant())
            tickets = await store.Tickets.Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        if (ids.FirstOrDefault(i => tickets.All(t => t.Id != i)) is var missing && missing != Guid.Empty)
            throw new EntityNotFoundException("Ticket", missing);
        foreach (var t in tickets)
        {
            if (request.AssigneeId is { } a) t.AssignTo(a);
            else t.Unassign();
        }
        await db.SaveChangesAsync(ct);
        return new AssignTicketsResultDto(tickets.Count, ids);
    }

    private async Task<HostTicketDto> DtoAsync(Ticket ticket, CancellationToken ct)
    {
        var manager = await db.Set<TenantAccountManager>().AsNoTracking().Where(m => m.TenantId == ticket.TenantId)
            .Select(m => (Guid?)m.StaffUserId).SingleOrDefaultAsync(ct);
        var names = await staff.NamesAsync(new[] { ticket.AssigneeId, manager }.Where(x => x is not null).Select(x => x!.Value), ct);
        var tenantName = (await tenants.NamesAsync([ticket.TenantId], ct)).GetValueOrDefault(ticket.TenantId, "");
        return ticket.ToHostDto(clock.GetUtcNow(), await hours.CalendarAsync(ct), tenantName, names, manager);
    }
}
