using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>A tenant's support request (§1.3: a dedicated channel with a response within one day at the
/// latest). Open → WaitingOnCustomer (staff asked something) → back to Open on the tenant's reply; Resolved
/// by staff, then Closed by the tenant or automatically after a quiet period; a closed ticket reopens within
/// <see cref="ReopenWindow"/>. Professional tenants' tickets carry a first-response deadline in service
/// hours (A1 在线服务); Standard tenants' have none.</summary>
public sealed class Ticket : IMultiTenant
{
    public const int SubjectLength = 200;
    public const int TextLength = 10_000;

    /// <summary>Long enough to notice that a fix did not hold; after that a new ticket tells the story better.</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(7);

    private readonly List<TicketMessage> _messages = [];
    private readonly List<TicketAttachment> _attachments = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public long Number { get; private set; }
    public string Subject { get; private set; } = "";
    public TicketCategory Category { get; private set; }
    public string Description { get; private set; } = "";
    public TicketAuthor OpenedBy { get; private set; } = null!;
    public DateTimeOffset OpenedAt { get; private set; }
    public TicketStatus Status { get; private set; }
    /// <summary>The support staff member working on it (a user id on the host side).</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>Null for a Standard tenant: no SLA.</summary>
    public DateTimeOffset? FirstResponseDueAt { get; private set; }
    /// <summary>The first public staff reply; internal notes do not count.</summary>
    public DateTimeOffset? FirstRespondedAt { get; private set; }
    /// <summary>The deadline that was missed (equal to <see cref="FirstResponseDueAt"/>), set once the miss is
    /// known: by the breach check, or by a late first reply. When the check ran does not move it.</summary>
    public DateTimeOffset? BreachedAt { get; private set; }
    /// <summary>When the breach check escalated the unanswered ticket; at most once.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<TicketMessage> Messages => _messages;
    public IReadOnlyList<TicketAttachment> Attachments => _attachments;

    private Ticket() { }

    /// <param name="serviceHours">The tenant's SLA hours when it has the support.online entitlement
    /// (Professional); null for no SLA.</param>
    public static Ticket Open(Guid tenantId, long number, string subject, TicketCategory category, string description,
        TicketAuthor openedBy, DateTimeOffset openedAt, ServiceCalendar? serviceHours, IEnumerable<AttachmentUpload>? attachments = null)
    {
        if (tenantId == Guid.Empty) throw new ArgumentException("A ticket belongs to a tenant.", nameof(tenantId));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentNullException.ThrowIfNull(openedBy);
        if (!Enum.IsDefined(category)) throw new InputException("category",
            $"One of {string.Join(", ", Enum.GetNames<TicketCategory>())}.");
        var ticket = new Ticket {
            TenantId = tenantId,
            Number = number,
            Category = category,
            OpenedBy = openedBy,
            OpenedAt = openedAt,
            Subject = RequiredText.Check("subject", subject, SubjectLength),
            Description = RequiredText.Check("description", description, TextLength),
            Status = TicketStatus.Open,
            FirstResponseDueAt = serviceHours is null ? null : SlaClock.DueAt(openedAt, serviceHours),
        };
        ticket.Attach(null, attachments, openedAt);
        return ticket;
    }

    /// <summary>A tenant's reply. On a ticket waiting for the customer, or resolved, it means the tenant
    /// needs staff again: the ticket goes back to Open. A closed ticket is reopened first.</summary>
    public TicketMessage ReplyAsTenant(TicketAuthor author, string body, DateTimeOffset at,
        IEnumerable<AttachmentUpload>? attachments = null)
    {
        EnsureNotClosed("reply to");
        var message = Add(author, TicketSide.Tenant, body, at, isInternal: false, attachments);
        if (Status is TicketStatus.WaitingOnCustomer or TicketStatus.Resolved)
        {
            Status = TicketStatus.Open;
            ResolvedAt = null;
        }
        return message;
    }

    /// <summary>A public staff reply. The first one is the first response the SLA measures; with
    /// <paramref name="waitForCustomer"/> the ticket waits for the tenant's answer.</summary>
    public TicketMessage ReplyAsStaff(TicketAuthor author, string body, DateTimeOffset at, bool waitForCustomer = false,
        IEnumerable<AttachmentUpload>? attachments = null)
    {
        EnsureNotClosed("reply to");
        if (waitForCustomer && Status is not (TicketStatus.Open or TicketStatus.WaitingOnCustomer))
            throw InvalidTransition(TicketStatus.WaitingOnCustomer);
        var message = Add(author, TicketSide.Staff, body, at, isInternal: false, attachments);
        if (FirstRespondedAt is null)
        {
            FirstRespondedAt = at;
            // A late first reply records the breach itself, so the month's figures do not depend on the check having run.
            if (FirstResponseDueAt is { } due && at > due) BreachedAt ??= due;
        }
        if (waitForCustomer) Status = TicketStatus.WaitingOnCustomer;
        return message;
    }

    /// <summary>Staff-only note: hidden from the tenant, no effect on status or SLA. Allowed on a closed
    /// ticket too, since notes are about the record, not the conversation.</summary>
    public TicketMessage AddInternalNote(TicketAuthor author, string body, DateTimeOffset at,
        IEnumerable<AttachmentUpload>? attachments = null) =>
        Add(author, TicketSide.Staff, body, at, isInternal: true, attachments);

    /// <summary>Staff consider the request answered; the tenant confirms by closing, or replies to reopen it.
    /// A ticket is resolved by answering it: without a public staff reply the tenant would be told nothing, and
    /// the first-response clock could be stopped silently. So an unanswered ticket is always Open.</summary>
    public void Resolve(DateTimeOffset at)
    {
        if (Status is not (TicketStatus.Open or TicketStatus.WaitingOnCustomer)) throw InvalidTransition(TicketStatus.Resolved);
        if (FirstRespondedAt is null)
            throw InvalidTransition(TicketStatus.Resolved).WithDetail("reason", "Reply to the tenant before resolving.");
        Status = TicketStatus.Resolved;
        ResolvedAt = at;
    }

    /// <summary>The tenant confirms a resolved ticket.</summary>
    public void Close(DateTimeOffset at)
    {
        if (Status != TicketStatus.Resolved) throw InvalidTransition(TicketStatus.Closed);
        Status = TicketStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>Closes a ticket resolved at least <paramref name="quietPeriod"/> ago that nobody answered: the
    /// job's step, safe to repeat. True when it closed the ticket now.</summary>
    public bool CloseIfResolvedFor(TimeSpan quietPeriod, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quietPeriod, TimeSpan.Zero);
        if (Status != TicketStatus.Resolved || ResolvedAt is not { } resolved || now - resolved < quietPeriod) return false;
        Status = TicketStatus.Closed;
        ClosedAt = now;
        return true;
    }

    /// <summary>Reopens a closed ticket within <see cref="ReopenWindow"/> of closing (exactly 7 days still counts).</summary>
    public void Reopen(DateTimeOffset at)
    {
        if (Status != TicketStatus.Closed || ClosedAt is not { } closed) throw InvalidTransition(TicketStatus.Open);
        if (at - closed > ReopenWindow)
            throw new BusinessException(SupportErrors.ReopenWindowPassed,
                    $"Ticket #{Number} was closed more than {ReopenWindow.TotalDays:0} days ago; open a new ticket instead.")
                .WithDetail("closedAt", closed).WithDetail("reopenUntil", closed + ReopenWindow);
        Status = TicketStatus.Open;
        ResolvedAt = null;
        ClosedAt = null;
    }

    /// <summary>A file the tenant adds to the thread on its own (not with a message): as visible as the
    /// opening's files. Not on a closed ticket.</summary>
    public TicketAttachment AddAttachment(AttachmentUpload upload, DateTimeOffset at)
    {
        EnsureNotClosed("add files to");
        var before = _attachments.Count;
        Attach(null, [upload], at);
        return _attachments[before];
    }

    /// <summary>Staff asked the tenant something and wait for the answer: only an answered, open ticket waits
    /// (an unanswered one would stop nobody's clock, but it would hide that nobody replied).</summary>
    public void AwaitCustomer()
    {
        if (Status != TicketStatus.Open || FirstRespondedAt is null)
            throw InvalidTransition(TicketStatus.WaitingOnCustomer).WithDetail("reason", "Reply to the tenant before waiting for them.");
        Status = TicketStatus.WaitingOnCustomer;
    }

    /// <summary>The provider edited its service hours: a deadline still running (no reply, not yet due, not
    /// escalated) is measured again on the new hours from the same opening. A deadline that has passed, or a
    /// ticket already answered, keeps its record. True when the deadline moved.</summary>
    public bool RescheduleFirstResponse(ServiceCalendar serviceHours, DateTimeOffset now)
    {
        if (FirstResponseDueAt is not { } due || FirstRespondedAt is not null || EscalatedAt is not null || now > due) return false;
        var moved = SlaClock.DueAt(OpenedAt, serviceHours);
        if (moved == due) return false;
        FirstResponseDueAt = moved;
        return true;
    }

    public void AssignTo(Guid staffUserId)
    {
        if (staffUserId == Guid.Empty) throw new InputException("assigneeId", "Assign to a staff member.");
        AssigneeId = staffUserId;
    }

    public void Unassign() => AssigneeId = null;

    /// <summary>§1.3 / SPEC Support: a missed first-response deadline is flagged and escalated, once. True only
    /// on the call that flagged it, so the breach job can run again and late without escalating twice. A
    /// ticket answered before the check has nothing left to escalate (its late reply recorded the breach).</summary>
    public bool MarkBreached(DateTimeOffset now)
    {
        if (FirstResponseDueAt is not { } due || now <= due || EscalatedAt is not null || FirstRespondedAt is not null) return false;
        BreachedAt = due;
        EscalatedAt = now;
        return true;
    }

    public SlaState SlaStateAt(DateTimeOffset now, ServiceCalendar serviceHours) =>
        SlaClock.StateAt(now, FirstResponseDueAt, FirstRespondedAt, serviceHours);

    /// <summary>The thread as the tenant may see it: internal notes are staff-only and never leave the host side.</summary>
    public IEnumerable<TicketMessage> VisibleToTenant() => _messages.Where(m => !m.IsInternal);

    /// <summary>The files of the opening and of messages the tenant can see.</summary>
    public IEnumerable<TicketAttachment> AttachmentsVisibleToTenant()
    {
        var hidden = _messages.Where(m => m.IsInternal).Select(m => m.Id).ToHashSet();
        return _attachments.Where(a => a.MessageId is not { } id || !hidden.Contains(id));
    }

    public TicketSlaFact SlaFact() => new(TenantId, OpenedAt, FirstResponseDueAt, FirstRespondedAt);

    private TicketMessage Add(TicketAuthor author, TicketSide side, string body, DateTimeOffset at, bool isInternal,
        IEnumerable<AttachmentUpload>? attachments)
    {
        ArgumentNullException.ThrowIfNull(author);
        var message = new TicketMessage(Id, TenantId, author, side, RequiredText.Check("body", body, TextLength), at, isInternal);
        Attach(message.Id, attachments, at); // checked before anything is added, so a refused file leaves no message behind
        _messages.Add(message);
        return message;
    }

    private void Attach(Guid? messageId, IEnumerable<AttachmentUpload>? uploads, DateTimeOffset at)
    {
        var checkedUploads = (uploads ?? []).Select((u, i) => AttachmentPolicy.Check(u, $"attachments[{i}]")).ToList();
        _attachments.AddRange(checkedUploads.Select(u => new TicketAttachment(Id, TenantId, messageId, u, at)));
    }

    private void EnsureNotClosed(string action)
    {
        if (Status == TicketStatus.Closed)
            throw new BusinessException(SupportErrors.InvalidTransition, $"Ticket #{Number} is closed; reopen it to {action} it.")
                .WithDetail("ticketStatus", Status); // not "status": that is the problem's HTTP status
    }

    private BusinessException InvalidTransition(TicketStatus to) =>
        new BusinessException(SupportErrors.InvalidTransition, $"Ticket #{Number} is {Status} and cannot become {to}.")
            .WithDetail("from", Status).WithDetail("to", to);
}
