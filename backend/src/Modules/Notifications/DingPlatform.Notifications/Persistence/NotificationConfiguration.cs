using DingPlatform.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Notifications.Persistence;

/// <summary>In-app notifications; the unique (tenant, dedup key) index makes a repeated reminder run write nothing. Table names are as they
/// were before the module split: the EF model must not change.</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.DedupKey).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(2000);
        b.Property(x => x.TemplateKey).HasMaxLength(100);
        b.HasIndex(x => new { x.TenantId, x.DedupKey }).IsUnique();
    }
}
