using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Contracts.Events;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Persistence;
using DingPlatform.Support.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.OpenTicket;

/// <summary>A tenant's user opens a ticket. With the <c>support.online</c> entitlement (Professional, §1.3)
/// the first response is due one service day (10 service hours) later on the provider's service hours;
/// without it (Standard) there is no deadline.</summary>
internal sealed class OpenTicket(
    PlatformDbContext db, TicketStore store, ICurrentTenant currentTenant, SupportCaller caller, IEntitlementService entitlements,
    ServiceHoursSource hours, ITenantsFacade tenants, IEventPublisher events, TimeProvider clock)
{
    /// <summary>The entitlement switch of appendix 1 that carries the online support promise.</summary>
    public const string SupportOnline = "support.online";

    public async Task<TicketDto> ExecuteAsync(OpenTicketRequest request, CancellationToken ct)
    {
        var tenantId = currentTenant.RequireId();
        var author = await caller.AuthorAsync(ct);
        var withSla = (await entitlements.GetEffectiveAsync(tenantId, ct)).IsEnabled(SupportOnline);
        var calendar = await hours.CalendarAsync(ct);
        var now = clock.GetUtcNow();

        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var number = await store.NextNumberAsync(tenantId, ct);
        var ticket = Ticket.Open(tenantId, number, request.Subject!, request.Category!.Value, request.Description!, author, now,
            withSla ? calendar : null);
        db.Add(ticket);
        var manager = await db.Set<TenantAccountManager>().AsNoTracking().Where(m => m.TenantId == tenantId)
            .Select(m => (Guid?)m.StaffUserId).SingleOrDefaultAsync(ct);
        var tenantName = (await tenants.NamesAsync([tenantId], ct)).GetValueOrDefault(tenantId, "");
        await events.PublishAsync(new TicketOpened(ticket.Id, tenantId, tenantName, ticket.Number, ticket.Subject, ticket.Category,
            ticket.OpenedAt, ticket.FirstResponseDueAt, manager), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ticket.ToTenantDto(now, calendar);
    }
}
