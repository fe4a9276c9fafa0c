using DingPlatform.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Notifications.Persistence;

/// <summary>The mail log; read newest first by the console.</summary>
internal sealed class MailLogConfiguration : IEntityTypeConfiguration<MailLog>
{
    public void Configure(EntityTypeBuilder<MailLog> b)
    {
        b.ToTable("MailLog");
        b.HasKey(x => x.Id);
        b.Property(x => x.EventType).HasMaxLength(100);
        b.Property(x => x.To).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(8000);
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Error).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => x.At);
        b.HasIndex(x => x.DeliveryId);
    }
}
