using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Support.Persistence;

/// <summary>The ticket aggregate: the ticket, its thread and its files' metadata (the bytes are in
/// <c>IFileStorage</c>). Messages and attachments are rows of their own, reached only through the ticket.</summary>
internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>, IEntityTypeConfiguration<TicketMessage>,
    IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<Ticket> b)
    {
        b.ToTable("Tickets");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Subject).HasMaxLength(Ticket.SubjectLength);
        b.Property(x => x.Description).HasMaxLength(Ticket.TextLength);
        b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.ComplexProperty(x => x.OpenedBy, Author);
        b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.Status, x.FirstResponseDueAt });
        b.HasMany(x => x.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Messages).HasField("_messages").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<TicketMessage> b)
    {
        b.ToTable("TicketMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Body).HasMaxLength(Ticket.TextLength);
        b.Property(x => x.Side).HasConversion<string>().HasMaxLength(20);
        b.ComplexProperty(x => x.Author, Author);
        b.HasIndex(x => new { x.TicketId, x.At });
    }

    public void Configure(EntityTypeBuilder<TicketAttachment> b)
    {
        b.ToTable("TicketAttachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.FileName).HasMaxLength(AttachmentPolicy.FileNameLength);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StorageKey).HasMaxLength(AttachmentPolicy.StorageKeyLength);
        b.HasIndex(x => x.TicketId);
    }

    private static void Author(ComplexPropertyBuilder<TicketAuthor> a)
    {
        a.Property(x => x.UserId);
        a.Property(x => x.Name).HasMaxLength(TicketAuthor.NameLength);
    }
}
