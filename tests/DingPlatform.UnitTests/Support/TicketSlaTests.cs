using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;
using static DingPlatform.UnitTests.Support.TicketFactory;

namespace DingPlatform.UnitTests.Support;

/// <summary>The first-response SLA on a ticket (§1.3, A1): due one service day after opening for Professional
/// tenants, met by the first public staff reply, and a miss flagged and escalated exactly once.</summary>
public sealed class TicketSlaTests
{
    private static readonly ServiceCalendar Hours = ServiceCalendar.Standard;

    [Fact]
    public void A_professional_ticket_is_due_one_service_day_after_opening()
    {
        Professional("2026-03-10 09:15").FirstResponseDueAt.ShouldBe(At("2026-03-11 09:15"));
        Professional("2026-03-10 19:00").FirstResponseDueAt.ShouldBe(At("2026-03-11 18:00"));
    }

    [Fact]
    public void A_standard_ticket_has_no_sla()
    {
        var ticket = Standard();
        ticket.FirstResponseDueAt.ShouldBeNull();
        ticket.SlaStateAt(At("2026-04-01 09:00"), Hours).ShouldBe(SlaState.NoSla);
        ticket.MarkBreached(At("2026-04-01 09:00")).ShouldBeFalse();
        ticket.BreachedAt.ShouldBeNull();
    }

    [Fact]
    public void The_first_public_staff_reply_is_the_first_response_and_later_ones_do_not_move_it()
    {
        var ticket = Professional();
        ticket.ReplyAsTenant(Customer, "Any news?", At("2026-03-10 09:30"));
        ticket.FirstRespondedAt.ShouldBeNull(); // the tenant's own messages do not count
        ticket.ReplyAsStaff(Agent, "On it.", At("2026-03-10 10:00"));
        ticket.ReplyAsStaff(Agent, "Done.", At("2026-03-10 11:00"));
        ticket.FirstRespondedAt.ShouldBe(At("2026-03-10 10:00"));
        ticket.SlaStateAt(At("2026-03-12 09:00"), Hours).ShouldBe(SlaState.RespondedInTime);
    }

    [Fact]
    public void An_internal_note_is_not_a_response()
    {
        var ticket = Professional();
        ticket.AddInternalNote(Agent, "Will answer after lunch.", At("2026-03-10 10:00"));
        ticket.FirstRespondedAt.ShouldBeNull();
        ticket.SlaStateAt(At("2026-03-11 09:16"), Hours).ShouldBe(SlaState.Breached);
    }

    [Fact]
    public void The_queue_shows_on_track_at_risk_and_breached_by_service_time_left()
    {
        var ticket = Professional("2026-03-10 09:15"); // due 2026-03-11 09:15
        ticket.SlaStateAt(At("2026-03-10 17:00"), Hours).ShouldBe(SlaState.OnTrack);   // 2 h 15 min left
        ticket.SlaStateAt(At("2026-03-10 22:00"), Hours).ShouldBe(SlaState.OnTrack);   // 1 h 15 min left overnight
        ticket.SlaStateAt(At("2026-03-11 08:30"), Hours).ShouldBe(SlaState.AtRisk);    // 45 min left
        ticket.SlaStateAt(At("2026-03-11 09:16"), Hours).ShouldBe(SlaState.Breached);
        SlaClock.ServiceTimeBetween(At("2026-03-10 22:00"), ticket.FirstResponseDueAt!.Value, Hours).ShouldBe(TimeSpan.FromMinutes(75));
    }

    [Fact]
    public void A_missed_deadline_is_flagged_and_escalated_exactly_once()
    {
        var ticket = Professional("2026-03-10 09:15");
        ticket.MarkBreached(At("2026-03-11 09:15")).ShouldBeFalse(); // due now, not yet missed
        ticket.BreachedAt.ShouldBeNull();

        ticket.MarkBreached(At("2026-03-11 09:20")).ShouldBeTrue();
        ticket.BreachedAt.ShouldBe(At("2026-03-11 09:15")); // when the promise was missed, not when the job ran
        ticket.EscalatedAt.ShouldBe(At("2026-03-11 09:20"));

        ticket.MarkBreached(At("2026-03-11 09:25")).ShouldBeFalse(); // a repeated or late run changes nothing
        ticket.EscalatedAt.ShouldBe(At("2026-03-11 09:20"));
    }

    [Fact]
    public void A_ticket_answered_in_time_is_never_breached()
    {
        var ticket = Professional("2026-03-10 09:15");
        ticket.ReplyAsStaff(Agent, "Answer", At("2026-03-11 09:15")); // at the deadline exactly
        ticket.MarkBreached(At("2026-03-12 09:00")).ShouldBeFalse();
        ticket.BreachedAt.ShouldBeNull();
        ticket.EscalatedAt.ShouldBeNull();
    }

    [Fact]
    public void A_late_first_reply_records_the_breach_without_escalating()
    {
        var ticket = Professional("2026-03-10 09:15");
        ticket.ReplyAsStaff(Agent, "Sorry for the wait.", At("2026-03-11 10:00"));
        ticket.BreachedAt.ShouldBe(At("2026-03-11 09:15"));
        ticket.MarkBreached(At("2026-03-11 10:05")).ShouldBeFalse(); // answered: nothing to escalate any more
        ticket.EscalatedAt.ShouldBeNull();
        ticket.SlaStateAt(At("2026-03-11 10:05"), Hours).ShouldBe(SlaState.RespondedLate);
    }

    [Fact]
    public void A_reply_after_escalation_keeps_the_breach_and_the_escalation()
    {
        var ticket = Professional("2026-03-10 09:15");
        ticket.MarkBreached(At("2026-03-11 09:30")).ShouldBeTrue();
        ticket.ReplyAsStaff(Agent, "Sorry for the wait.", At("2026-03-11 10:00"));
        ticket.BreachedAt.ShouldBe(At("2026-03-11 09:15"));
        ticket.EscalatedAt.ShouldBe(At("2026-03-11 09:30"));
        ticket.FirstRespondedAt.ShouldBe(At("2026-03-11 10:00"));
    }

    [Fact]
    public void The_ticket_reports_its_sla_facts_for_the_monthly_figures()
    {
        var ticket = Professional("2026-03-10 09:15");
        ticket.ReplyAsStaff(Agent, "Answer", At("2026-03-10 10:00"));
        ticket.SlaFact().ShouldBe(new TicketSlaFact(TenantId, At("2026-03-10 09:15"), At("2026-03-11 09:15"), At("2026-03-10 10:00")));
    }
}
