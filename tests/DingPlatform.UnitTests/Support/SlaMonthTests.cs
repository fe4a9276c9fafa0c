using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

/// <summary>The monthly first-response figures per tenant, by Shanghai month of opening.</summary>
public sealed class SlaMonthTests
{
    private static readonly Guid TenantA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static TicketSlaFact Fact(Guid tenant, string opened, string? due, string? responded) =>
        new(tenant, At(opened), due is null ? null : At(due), responded is null ? null : At(responded));

    [Fact]
    public void Counts_tickets_in_time_responses_breaches_and_pending_per_tenant_and_month()
    {
        var asOf = At("2026-03-31 12:00");
        var months = SlaMonth.Tally([
            Fact(TenantA, "2026-03-02 09:00", "2026-03-03 09:00", "2026-03-02 10:00"), // in time
            Fact(TenantA, "2026-03-05 09:00", "2026-03-06 09:00", "2026-03-06 09:00"), // at the deadline: in time
            Fact(TenantA, "2026-03-09 09:00", "2026-03-10 09:00", "2026-03-10 09:01"), // late
            Fact(TenantA, "2026-03-20 09:00", "2026-03-21 09:00", null),               // never answered, past due
            Fact(TenantA, "2026-03-31 11:00", "2026-04-01 11:00", null),               // not due yet
            Fact(TenantA, "2026-03-15 09:00", null, null),                             // no SLA (was on Standard)
            Fact(TenantB, "2026-03-03 09:00", "2026-03-04 09:00", "2026-03-03 09:30"),
        ], asOf);

        months.ShouldBe([
            new SlaMonth(TenantA, 2026, 3, Tickets: 6, WithSla: 5, RespondedInTime: 2, Breached: 2, Pending: 1),
            new SlaMonth(TenantB, 2026, 3, Tickets: 1, WithSla: 1, RespondedInTime: 1, Breached: 0, Pending: 0),
        ]);
    }

    [Fact]
    public void The_month_is_the_shanghai_month_of_opening()
    {
        // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai; 15:30 UTC is still 23:30 on 31 March.
        var april = new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);
        var march = new DateTimeOffset(2026, 3, 31, 15, 30, 0, TimeSpan.Zero);
        var months = SlaMonth.Tally([new TicketSlaFact(TenantA, april, null, null), new TicketSlaFact(TenantA, march, null, null)],
            At("2026-04-02 00:00"));
        months.Select(m => (m.Year, m.Month, m.Tickets)).ShouldBe([(2026, 3, 1), (2026, 4, 1)]);
    }

    [Fact]
    public void The_same_facts_later_turn_pending_into_breached()
    {
        TicketSlaFact[] facts = [Fact(TenantA, "2026-03-31 11:00", "2026-04-01 11:00", null)];
        SlaMonth.Tally(facts, At("2026-04-01 11:00")).Single().Pending.ShouldBe(1);
        SlaMonth.Tally(facts, At("2026-04-01 11:01")).Single().Breached.ShouldBe(1);
    }

    [Fact]
    public void No_tickets_no_months()
    {
        SlaMonth.Tally([], At("2026-04-01 00:00")).ShouldBeEmpty();
    }
}
