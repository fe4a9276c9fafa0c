using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Contracts.Events;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DingPlatform.Support.Features.AccountManagers;

/// <summary>§1.3 dedicated account managers: assigned least-loaded first when a tenant activates
/// Professional, shown to the tenant, listed and reassigned by staff.</summary>
internal sealed class AccountManagers(
    PlatformDbContext db, ICurrentTenant currentTenant, IDataFilter filter, SupportStaff staff, ITenantsFacade tenants,
    IEventPublisher events, TimeProvider clock, ILogger<AccountManagers> log) : ISupportFacade
{
    private DbSet<TenantAccountManager> Rows => db.Set<TenantAccountManager>();

    public async Task<AccountManagerDto?> ForCurrentTenantAsync(CancellationToken ct)
        => await AccountManagerOfAsync(currentTenant.RequireId(), ct);

    public async Task<AccountManagerDto?> AccountManagerOfAsync(Guid tenantId, CancellationToken ct)
    {
        var row = await Rows.AsNoTracking().SingleOrDefaultAsync(m => m.TenantId == tenantId, ct);
        if (row is null || await staff.FindAsync(row.StaffUserId, ct) is not { } person) return null;
        return new AccountManagerDto(person.Id, person.Name, person.Email, person.Phone);
    }

    public async Task<IReadOnlyList<StaffMemberDto>> StaffAsync(CancellationToken ct)
    {
        var people = await staff.AllAsync(ct);
        var managed = await Rows.AsNoTracking().GroupBy(m => m.StaffUserId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Dictionary<Guid, int> open;
        using (filter.DisableMultiTenant())
            open = await db.Set<Ticket>().AsNoTracking().Where(t => t.AssigneeId != null && t.Status != TicketStatus.Closed)
                .GroupBy(t => t.AssigneeId!.Value).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return people.Select(
            p => new StaffMemberDto(p.Id, p.Name, p.Email, p.Phone, managed.GetValueOrDefault(p.Id),
                open.GetValueOrDefault(p.Id))).ToList();
    }

    public async Task<IReadOnlyList<TenantAccountManagerDto>> ListAsync(CancellationToken ct)
    {
        var rows = await Rows.AsNoTracking().ToListAsync(ct);
        var tenantNames = await tenants.NamesAsync(rows.Select(r => r.TenantId).ToList(), ct);
        var staffNames = await staff.NamesAsync(rows.Select(r => r.StaffUserId), ct);
        return rows.Select(r => new TenantAccountManagerDto(r.TenantId, tenantNames.GetValueOrDefault(r.TenantId, ""), r.StaffUserId,
                staffNames.GetValueOrDefault(r.StaffUserId, ""), r.AssignedAt))
            .OrderBy(r => r.TenantName, StringComparer.Ordinal).ThenBy(r => r.TenantId).ToList();
    }

    /// <summary>Staff hand a tenant to another support staff member (or give one to a tenant that has none).</summary>
    public async Task<TenantAccountManagerDto> ReassignAsync(Guid tenantId, ReassignAccountManagerRequest request, CancellationToken ct)
    {
        var person = await staff.FindAsync(request.StaffUserId!.Value, ct)
            ?? throw new BusinessException(SupportErrors.NotSupportStaff, $"User {request.StaffUserId} is not support staff.", 400)
                .WithDetail("field", "staffUserId");
        var tenant = await tenants.FindAsync(tenantId, ct) ?? throw new EntityNotFoundException("Tenant", tenantId);
        var now = clock.GetUtcNow();
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var row = await Rows.SingleOrDefaultAsync(m => m.TenantId == tenantId, ct);
        Guid? previous = null;
        if (row is null) db.Add(row = TenantAccountManager.Assign(tenantId, person.Id, now));
        else previous = row.Reassign(person.Id, now);
        if (previous != person.Id)
            await events.PublishAsync(
                new AccountManagerAssigned(tenantId, person.Id, person.Name, person.Email, person.Phone, previous, now), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new TenantAccountManagerDto(tenantId, tenant.Name, person.Id, person.Name, row.AssignedAt);
    }

    /// <summary>On activation: a tenant without an account manager gets the least-loaded support staff member
    /// (<see cref="AccountManagerAssignment"/>). Adds to the caller's unit of work and saves nothing itself, so
    /// it commits with the payment. Without support staff the tenant stays unassigned for staff to handle.</summary>
    public async Task<Guid?> AssignOnActivationAsync(Guid tenantId, CancellationToken ct)
    {
        if (Rows.Local.Any(m => m.TenantId == tenantId) || await Rows.AnyAsync(m => m.TenantId == tenantId, ct)) return null;
        var people = await staff.AllAsync(ct);
        // Grouped here rather than in SQL: SQLite cannot take MAX of a DateTimeOffset.
        var stored = (await Rows.AsNoTracking().Select(m => new { m.StaffUserId, m.AssignedAt }).ToListAsync(ct))
            .GroupBy(m => m.StaffUserId).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(m => m.AssignedAt) }).ToList();
        var candidates = people.Select(p =>
        {
            var s = stored.SingleOrDefault(x => x.Key == p.Id);
            var local = Rows.Local.Where(m => m.StaffUserId == p.Id && db.Entry(m).State == EntityState.Added).ToList();
            DateTimeOffset? last = local.Count > 0 ? local.Max(m => m.AssignedAt) : s?.Last;
            return new AccountManagerCandidate(p.Id, (s?.Count ?? 0) + local.Count, last);
        });
        if (AccountManagerAssignment.Pick(candidates) is not { } picked)
        {
            log.LogWarning("Tenant {Tenant} activated Professional but there is no support staff to be its account manager.", tenantId);
            return null;
        }
        var person = people.Single(p => p.Id == picked);
        var now = clock.GetUtcNow();
        db.Add(TenantAccountManager.Assign(tenantId, picked, now));
        await events.PublishAsync(new AccountManagerAssigned(tenantId, person.Id, person.Name, person.Email, person.Phone, null, now), ct);
        return picked;
    }
}
