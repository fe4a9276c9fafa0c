using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Storage;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Persistence;
using DingPlatform.Support.Services;
using Microsoft.AspNetCore.Http;

namespace DingPlatform.Support.Features.Attachments;

internal sealed record StoredFile(Stream Content, string ContentType, string FileName);

/// <summary>Files on tickets: at most 10 MB each and only the allow-listed types (<see cref="AttachmentPolicy"/>),
/// checked before a byte is stored; the bytes go to <see cref="IFileStorage"/>, the metadata to the ticket.
/// Tenants read the files they can see; staff read all.</summary>
internal sealed class Attachments(PlatformDbContext db, TicketStore store, IFileStorage storage, TimeProvider clock)
{
    /// <summary>The request limit for an upload: the file limit plus room for the multipart framing. A larger
    /// body is cut off by the server while it is read (413), never buffered whole.</summary>
    public const long RequestLimit = AttachmentPolicy.MaxBytes + 256 * 1024;

    public async Task<TicketAttachmentDto> UploadAsync(Guid ticketId, HttpRequest request, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(ticketId, ct);
        if (!request.HasFormContentType)
            throw Missing("Send the file as multipart/form-data in a field named \"file\".");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw Missing("No file in the field \"file\".");

        var key = $"support/{ticket.TenantId:N}/{ticket.Id:N}/{Guid.CreateVersion7():N}";
        var fileName = file.FileName.Split('/', '\\').Last();
        // Size, type and name are checked before anything is stored.
        var upload = AttachmentPolicy.Check(new AttachmentUpload(fileName, file.ContentType ?? "", file.Length, key), "file");
        await using (var content = file.OpenReadStream())
            await storage.SaveAsync(key, content, ct);
        try
        {
            var attachment = ticket.AddAttachment(upload, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return attachment.ToDto();
        }
        catch
        {
            await storage.DeleteAsync(key, CancellationToken.None); // no orphan file when the ticket refused it
            throw;
        }
    }

    public async Task<StoredFile> TenantFileAsync(Guid ticketId, string attachmentId, CancellationToken ct)
    {
        var ticket = await store.TenantTicketAsync(ticketId, ct);
        return await OpenAsync(ticket.AttachmentsVisibleToTenant(), attachmentId, ct);
    }

    public async Task<StoredFile> HostFileAsync(Guid ticketId, string attachmentId, CancellationToken ct)
    {
        var ticket = await store.HostTicketAsync(ticketId, ct);
        return await OpenAsync(ticket.Attachments, attachmentId, ct);
    }

    private async Task<StoredFile> OpenAsync(IEnumerable<TicketAttachment> visible, string attachmentId, CancellationToken ct)
    {
        // Not a guid is the same as not there: 404, not a binding error.
        var attachment = Guid.TryParse(attachmentId, out var id) ? visible.SingleOrDefault(a => a.Id == id) : null;
        if (attachment is null) throw new EntityNotFoundException("Attachment", attachmentId);
        var content = await storage.OpenReadAsync(attachment.StorageKey, ct)
            ?? throw new EntityNotFoundException("Attachment", attachmentId);
        return new StoredFile(content, attachment.ContentType, attachment.FileName);
    }

    private static BusinessException Missing(string message) =>
        new BusinessException(SupportErrors.AttachmentMissing, message, 400).WithDetail("field", "file");
}
