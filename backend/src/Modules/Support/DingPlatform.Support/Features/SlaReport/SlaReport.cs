using System.Globalization;
using System.Text.RegularExpressions;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Domain;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.SlaReport;

/// <summary>Per tenant and Asia/Shanghai month: tickets opened, first responses in time, breaches
/// (<see cref="SlaMonth"/>), from the tickets' own facts, so the record needs no job to keep it.</summary>
internal sealed partial class SlaReport(PlatformDbContext db, IDataFilter filter, ITenantsFacade tenants, TimeProvider clock)
{
    public async Task<IReadOnlyList<SlaMonthDto>> MonthAsync(string? month, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var first = Parse(month) ?? new DateOnly(BusinessTime.DateOf(now).Year, BusinessTime.DateOf(now).Month, 1);
        var from = BusinessTime.StartOf(first);
        var to = BusinessTime.StartOf(first.AddMonths(1));
        List<TicketSlaFact> facts;
        using (filter.DisableMultiTenant())
            facts = await db.Set<Ticket>().AsNoTracking().Where(t => t.OpenedAt >= from && t.OpenedAt < to)
                .Select(t => new TicketSlaFact(t.TenantId, t.OpenedAt, t.FirstResponseDueAt, t.FirstRespondedAt)).ToListAsync(ct);
        var rows = SlaMonth.Tally(facts, now);
        var names = await tenants.NamesAsync(rows.Select(r => r.TenantId).Distinct().ToList(), ct);
        return rows.Select(r => new SlaMonthDto(r.TenantId, names.GetValueOrDefault(r.TenantId, ""), $"{r.Year:D4}-{r.Month:D2}",
                r.Tickets, r.WithSla, r.RespondedInTime, r.Breached, r.Pending))
            .OrderBy(r => r.TenantName, StringComparer.Ordinal).ToList();
    }

    private static DateOnly? Parse(string? month)
    {
        if (string.IsNullOrEmpty(month)) return null;
        if (!MonthPattern().IsMatch(month)
            || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || d.Year < 2000)
            throw new InputException("month", "A month is yyyy-MM, for example 2026-12.");
        return d;
    }

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex MonthPattern();
}
