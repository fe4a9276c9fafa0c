using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>One entry in a ticket's thread. An internal note is staff talking to staff: it never reaches
/// the tenant (see <see cref="Ticket.VisibleToTenant"/>) and does not count as a response.</summary>
public sealed class TicketMessage : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TicketId { get; private set; }
    public Guid TenantId { get; private set; }
    public TicketAuthor Author { get; private set; } = null!;
    public TicketSide Side { get; private set; }
    public string Body { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public bool IsInternal { get; private set; }

    private TicketMessage() { }

    internal TicketMessage(Guid ticketId, Guid tenantId, TicketAuthor author, TicketSide side, string body, DateTimeOffset at,
        bool isInternal)
    {
        // Only staff write internal notes; the aggregate's methods keep it so, this makes it impossible to get wrong.
        if (isInternal && side != TicketSide.Staff) throw new InvalidOperationException("Only staff write internal notes.");
        TicketId = ticketId; TenantId = tenantId; Author = author; Side = side; Body = body; At = at; IsInternal = isInternal;
    }
}
