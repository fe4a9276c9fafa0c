using DingPlatform.Platform.Timing;

namespace DingPlatform.Support.Domain;

/// <summary>What the monthly figures need to know about one ticket (<see cref="Ticket.SlaFact"/>, or a query
/// that projects the same columns).</summary>
public sealed record TicketSlaFact(
    Guid TenantId,
    DateTimeOffset OpenedAt,
    DateTimeOffset? FirstResponseDueAt,
    DateTimeOffset? FirstRespondedAt);

/// <summary>One tenant's first-response record for one Asia/Shanghai month (by the month the ticket was opened
/// in): how the §1.3 promise was kept. <see cref="WithSla"/> = <see cref="RespondedInTime"/> +
/// <see cref="Breached"/> + <see cref="Pending"/>.</summary>
public sealed record SlaMonth(Guid TenantId, int Year, int Month, int Tickets, int WithSla, int RespondedInTime, int Breached, int Pending)
{
    /// <summary>Counts from the facts as of <paramref name="asOf"/>, the same rule as <see cref="SlaClock.StateAt"/>:
    /// a reply at or before the deadline is in time; a later reply, or none once the deadline has passed, is a
    /// breach; no reply yet before the deadline is pending. Ordered by tenant, then month.</summary>
    public static IReadOnlyList<SlaMonth> Tally(IEnumerable<TicketSlaFact> facts, DateTimeOffset asOf) =>
        facts
            .GroupBy(f => (f.TenantId, Month: MonthOf(f.OpenedAt)))
            .Select(g => new SlaMonth(g.Key.TenantId, g.Key.Month.Year, g.Key.Month.Month,
                Tickets: g.Count(),
                WithSla: g.Count(f => f.FirstResponseDueAt is not null),
                RespondedInTime: g.Count(f => Outcome(f, asOf) == Result.InTime),
                Breached: g.Count(f => Outcome(f, asOf) == Result.Breached),
                Pending: g.Count(f => Outcome(f, asOf) == Result.Pending)))
            .OrderBy(m => m.TenantId).ThenBy(m => m.Year).ThenBy(m => m.Month)
            .ToList();

    private enum Result { NoSla, InTime, Breached, Pending }

    private static Result Outcome(TicketSlaFact fact, DateTimeOffset asOf) => fact switch {
        { FirstResponseDueAt: null } => Result.NoSla,
        { FirstRespondedAt: { } responded } => responded <= fact.FirstResponseDueAt.Value ? Result.InTime : Result.Breached,
        _ => asOf > fact.FirstResponseDueAt.Value ? Result.Breached : Result.Pending,
    };

    private static (int Year, int Month) MonthOf(DateTimeOffset instant)
    {
        var date = BusinessTime.DateOf(instant);
        return (date.Year, date.Month);
    }
}
