using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

internal static class TicketFactory
{
    public static readonly Guid TenantId = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    public static readonly TicketAuthor Customer = new(Guid.Parse("0195f000-0000-7000-8000-0000000000a1"), "王芳");
    public static readonly TicketAuthor Agent = new(Guid.Parse("0195f000-0000-7000-8000-0000000000b1"), "Support Li");

    public static AttachmentUpload Pdf(string name = "invoice.pdf", long size = 1024)
        => new(name, "application/pdf", size, $"support/{name}");

    /// <summary>A Professional tenant's ticket (08:00–18:00 SLA) opened at 09:15 Shanghai on Tuesday 10 March 2026.</summary>
    public static Ticket Professional(string openedAt = "2026-03-10 09:15", IEnumerable<AttachmentUpload>? attachments = null) =>
        Ticket.Open(TenantId, 42, "发票抬头错误", TicketCategory.Billing, "The invoice shows the wrong company name.", Customer,
            At(openedAt), ServiceCalendar.Standard, attachments);

    public static Ticket Standard(string openedAt = "2026-03-10 09:15") =>
        Ticket.Open(TenantId, 43, "How do I add members?", TicketCategory.Account, "Where is the members page?", Customer,
            At(openedAt), null);

    /// <summary>Answered by staff, resolved at <paramref name="resolvedAt"/>.</summary>
    public static Ticket Resolved(string resolvedAt = "2026-03-10 11:00")
    {
        var ticket = Professional();
        ticket.ReplyAsStaff(Agent, "Corrected; a new invoice is on its way.", At("2026-03-10 10:00"));
        ticket.Resolve(At(resolvedAt));
        return ticket;
    }

    public static Ticket Closed(string closedAt = "2026-03-12 09:00")
    {
        var ticket = Resolved();
        ticket.Close(At(closedAt));
        return ticket;
    }
}
