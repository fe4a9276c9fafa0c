using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;
using static DingPlatform.UnitTests.Support.TicketFactory;

namespace DingPlatform.UnitTests.Support;

/// <summary>The thread: who wrote what, and the staff-only notes a tenant never sees.</summary>
public sealed class TicketThreadTests
{
    [Fact]
    public void Messages_record_author_side_body_and_time_in_order()
    {
        var ticket = Professional();
        ticket.ReplyAsStaff(Agent, "Looking into it.", At("2026-03-10 10:00"));
        ticket.ReplyAsTenant(Customer, "  Thanks  ", At("2026-03-10 10:05"));

        ticket.Messages.Select(m => (m.Side, m.Author.Name, m.Body, m.At)).ShouldBe([
            (TicketSide.Staff, "Support Li", "Looking into it.", At("2026-03-10 10:00")),
            (TicketSide.Tenant, "王芳", "Thanks", At("2026-03-10 10:05")),
        ]);
        ticket.Messages.ShouldAllBe(m => m.TicketId == ticket.Id && m.TenantId == TenantId);
    }

    [Fact]
    public void Internal_notes_never_reach_the_tenant()
    {
        var ticket = Professional();
        ticket.AddInternalNote(Agent, "Customer is on the overdue list; check with billing.", At("2026-03-10 09:30"));
        ticket.ReplyAsStaff(Agent, "We are checking.", At("2026-03-10 09:40"));

        ticket.Messages.Count.ShouldBe(2);
        ticket.VisibleToTenant().Select(m => m.Body).ShouldBe(["We are checking."]);
        ticket.VisibleToTenant().ShouldAllBe(m => !m.IsInternal);
    }

    [Fact]
    public void Files_on_an_internal_note_stay_with_the_note()
    {
        var ticket = Professional(attachments: [Pdf("screenshot-tenant.pdf")]);
        ticket.AddInternalNote(Agent, "Server log attached.", At("2026-03-10 09:30"),
            [new AttachmentUpload("server.txt", "text/plain", 10, "k/server")]);
        ticket.ReplyAsStaff(Agent, "Here is the corrected invoice.", At("2026-03-10 09:40"), attachments: [Pdf("corrected.pdf")]);

        ticket.Attachments.Count.ShouldBe(3);
        ticket.AttachmentsVisibleToTenant().Select(a => a.FileName).ShouldBe(["screenshot-tenant.pdf", "corrected.pdf"]);
    }

    [Fact]
    public void A_message_needs_a_body_within_ten_thousand_characters()
    {
        var ticket = Professional();
        Should.Throw<InputException>(() => ticket.ReplyAsTenant(Customer, " ", At("2026-03-10 10:00"))).Field.ShouldBe("body");
        Should.Throw<InputException>(() => ticket.ReplyAsStaff(Agent, new string('x', 10_001), At("2026-03-10 10:00")))
            .Field.ShouldBe("body");
        ticket.ReplyAsTenant(Customer, new string('x', 10_000), At("2026-03-10 10:00")).Body.Length.ShouldBe(10_000);
    }

    [Fact]
    public void A_refused_attachment_leaves_no_message_behind()
    {
        var ticket = Professional();
        Should.Throw<BusinessException>(() => ticket.ReplyAsTenant(Customer, "see file", At("2026-03-10 10:00"),
                [Pdf("ok.pdf"), new AttachmentUpload("setup.exe", "application/x-msdownload", 100, "k/x")]))
            .Code.ShouldBe(SupportErrors.AttachmentTypeNotAllowed);
        ticket.Messages.ShouldBeEmpty();
        ticket.Attachments.ShouldBeEmpty();
    }

    [Fact]
    public void The_error_for_a_refused_attachment_names_which_one()
    {
        var error = Should.Throw<BusinessException>(() => Professional(attachments: [Pdf("a.pdf"), Pdf("big.pdf", 20L * 1024 * 1024)]));
        error.Code.ShouldBe(SupportErrors.AttachmentTooLarge);
        error.Details["field"].ShouldBe("attachments[1].sizeBytes");
    }

    [Fact]
    public void An_author_is_a_known_user_with_a_name()
    {
        Should.Throw<InputException>(() => new TicketAuthor(Guid.Empty, "x")).Field.ShouldBe("userId");
        Should.Throw<InputException>(() => new TicketAuthor(Guid.NewGuid(), " ")).Field.ShouldBe("name");
        new TicketAuthor(Customer.UserId, " 王芳 ").ShouldBe(Customer);
    }
}
