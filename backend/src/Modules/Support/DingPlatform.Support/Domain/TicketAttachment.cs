using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Support.Domain;

/// <summary>A file on a ticket (metadata only; the bytes live in storage under <see cref="StorageKey"/>).
/// It came with the opening (<see cref="MessageId"/> null) or with one message, and is as visible to the
/// tenant as that message.</summary>
public sealed class TicketAttachment : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TicketId { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid? MessageId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string StorageKey { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    private TicketAttachment() { }

    internal TicketAttachment(Guid ticketId, Guid tenantId, Guid? messageId, AttachmentUpload checkedUpload, DateTimeOffset at)
    {
        TicketId = ticketId; TenantId = tenantId; MessageId = messageId; At = at;
        FileName = checkedUpload.FileName; ContentType = checkedUpload.ContentType;
        SizeBytes = checkedUpload.SizeBytes; StorageKey = checkedUpload.StorageKey;
    }
}
