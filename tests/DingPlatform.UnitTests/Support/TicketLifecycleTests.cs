using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;
using static DingPlatform.UnitTests.Support.TicketFactory;

namespace DingPlatform.UnitTests.Support;

/// <summary>A ticket's statuses: Open → WaitingOnCustomer → Resolved → Closed, the tenant's reply bringing it
/// back to Open, and reopening within 7 days of closing.</summary>
public sealed class TicketLifecycleTests
{
    private static void ShouldBeInvalidTransition(Action act) =>
        Should.Throw<BusinessException>(act).Code.ShouldBe(SupportErrors.InvalidTransition);

    [Fact]
    public void A_new_ticket_is_open_and_belongs_to_its_tenant()
    {
        var ticket = Professional();
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.ShouldBeAssignableTo<IMultiTenant>()!.TenantId.ShouldBe(TenantId);
        ticket.Number.ShouldBe(42);
        ticket.OpenedBy.ShouldBe(Customer);
        ticket.OpenedAt.ShouldBe(At("2026-03-10 09:15"));
        ticket.Category.ShouldBe(TicketCategory.Billing);
        ticket.AssigneeId.ShouldBeNull();
    }

    [Fact]
    public void Subject_and_description_are_required_trimmed_and_bounded()
    {
        Ticket Open(string subject, string description) =>
            Ticket.Open(TenantId, 1, subject, TicketCategory.Other, description, Customer, At("2026-03-10 09:00"), null);

        Open("  Login fails  ", " details ").Subject.ShouldBe("Login fails");
        Open(new string('字', 200), new string('x', 10_000)).Subject.Length.ShouldBe(200);
        Should.Throw<InputException>(() => Open(new string('字', 201), "x")).Field.ShouldBe("subject");
        Should.Throw<InputException>(() => Open("   ", "x")).Field.ShouldBe("subject");
        Should.Throw<InputException>(() => Open("x", new string('x', 10_001))).Field.ShouldBe("description");
        Should.Throw<InputException>(() => Open("x", "")).Field.ShouldBe("description");
    }

    [Fact]
    public void An_unknown_category_is_refused()
    {
        Should.Throw<InputException>(() => Ticket.Open(TenantId, 1, "s", (TicketCategory)99, "d", Customer, At("2026-03-10 09:00"), null))
            .Field.ShouldBe("category");
    }

    [Fact]
    public void Staff_asking_the_customer_waits_and_the_customer_reply_opens_it_again()
    {
        var ticket = Professional();
        ticket.ReplyAsStaff(Agent, "Which invoice number?", At("2026-03-10 10:00"), waitForCustomer: true);
        ticket.Status.ShouldBe(TicketStatus.WaitingOnCustomer);
        ticket.ReplyAsTenant(Customer, "No. 00012345", At("2026-03-10 10:30"));
        ticket.Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public void A_resolved_ticket_is_closed_by_the_tenant()
    {
        var ticket = Resolved();
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.ResolvedAt.ShouldBe(At("2026-03-10 11:00"));
        ticket.Close(At("2026-03-10 12:00"));
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosedAt.ShouldBe(At("2026-03-10 12:00"));
    }

    [Fact]
    public void A_tenant_reply_on_a_resolved_ticket_means_it_is_not_resolved()
    {
        var ticket = Resolved();
        ticket.ReplyAsTenant(Customer, "Still wrong on the new one.", At("2026-03-10 15:00"));
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.ResolvedAt.ShouldBeNull();
    }

    [Fact]
    public void A_resolved_ticket_closes_automatically_after_the_quiet_period_once()
    {
        var ticket = Resolved("2026-03-10 11:00");
        var quiet = TimeSpan.FromDays(3);
        ticket.CloseIfResolvedFor(quiet, At("2026-03-13 10:59")).ShouldBeFalse();
        ticket.Status.ShouldBe(TicketStatus.Resolved);
        ticket.CloseIfResolvedFor(quiet, At("2026-03-13 11:00")).ShouldBeTrue();
        ticket.Status.ShouldBe(TicketStatus.Closed);
        ticket.ClosedAt.ShouldBe(At("2026-03-13 11:00"));
        ticket.CloseIfResolvedFor(quiet, At("2026-03-14 11:00")).ShouldBeFalse(); // a second run does nothing
        ticket.ClosedAt.ShouldBe(At("2026-03-13 11:00"));
    }

    [Fact]
    public void Only_resolved_tickets_close_automatically()
    {
        var ticket = Professional();
        ticket.CloseIfResolvedFor(TimeSpan.Zero, At("2026-04-10 09:00")).ShouldBeFalse();
        ticket.Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public void A_closed_ticket_reopens_within_seven_days_of_closing()
    {
        var ticket = Closed("2026-03-12 09:00");
        ticket.Reopen(At("2026-03-19 09:00")); // exactly 7 days
        ticket.Status.ShouldBe(TicketStatus.Open);
        ticket.ClosedAt.ShouldBeNull();
        ticket.ResolvedAt.ShouldBeNull();
    }

    [Fact]
    public void Reopening_after_seven_days_is_refused_with_the_window_in_the_error()
    {
        var ticket = Closed("2026-03-12 09:00");
        var error = Should.Throw<BusinessException>(() => ticket.Reopen(At("2026-03-19 09:01")));
        error.Code.ShouldBe(SupportErrors.ReopenWindowPassed);
        error.Details["reopenUntil"].ShouldBe(At("2026-03-19 09:00"));
        ticket.Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public void The_reopen_window_counts_from_the_latest_closing()
    {
        var ticket = Closed("2026-03-12 09:00");
        ticket.Reopen(At("2026-03-18 09:00"));
        ticket.ReplyAsStaff(Agent, "Fixed again.", At("2026-03-18 10:00"));
        ticket.Resolve(At("2026-03-18 10:05"));
        ticket.Close(At("2026-03-18 11:00"));
        ticket.Reopen(At("2026-03-25 10:00")); // 13 days after the first closing, 7 days less an hour after the second
        ticket.Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public void Steps_the_status_does_not_allow_are_invalid_transitions()
    {
        ShouldBeInvalidTransition(() => Professional().Close(At("2026-03-10 10:00")));        // open: resolve first
        ShouldBeInvalidTransition(() => Professional().Reopen(At("2026-03-10 10:00")));       // not closed
        ShouldBeInvalidTransition(() => Resolved().Resolve(At("2026-03-10 12:00")));          // already resolved
        ShouldBeInvalidTransition(() => Closed().Close(At("2026-03-12 10:00")));              // already closed
        ShouldBeInvalidTransition(() => Closed().Resolve(At("2026-03-12 10:00")));
        ShouldBeInvalidTransition(() => Resolved().ReplyAsStaff(Agent, "?", At("2026-03-10 12:00"), waitForCustomer: true));
    }

    [Fact]
    public void A_closed_ticket_takes_no_replies_until_reopened()
    {
        var ticket = Closed();
        ShouldBeInvalidTransition(() => ticket.ReplyAsTenant(Customer, "One more thing", At("2026-03-12 10:00")));
        ShouldBeInvalidTransition(() => ticket.ReplyAsStaff(Agent, "Anything else?", At("2026-03-12 10:00")));
        ticket.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public void Staff_may_still_note_on_a_closed_ticket()
    {
        var ticket = Closed();
        ticket.AddInternalNote(Agent, "Customer called; no further action.", At("2026-03-12 10:00"));
        ticket.Status.ShouldBe(TicketStatus.Closed);
    }

    [Fact]
    public void An_unanswered_ticket_cannot_be_resolved()
    {
        var ticket = Professional();
        ticket.AddInternalNote(Agent, "Looks like a duplicate.", At("2026-03-10 10:00"));
        ShouldBeInvalidTransition(() => ticket.Resolve(At("2026-03-10 10:01")));
        ticket.Status.ShouldBe(TicketStatus.Open);
    }

    [Fact]
    public void A_ticket_is_assigned_to_a_staff_member_and_can_be_unassigned()
    {
        var ticket = Professional();
        ticket.AssignTo(Agent.UserId);
        ticket.AssigneeId.ShouldBe(Agent.UserId);
        ticket.Unassign();
        ticket.AssigneeId.ShouldBeNull();
        Should.Throw<InputException>(() => ticket.AssignTo(Guid.Empty)).Field.ShouldBe("assigneeId");
    }
}
