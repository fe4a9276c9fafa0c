using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Support.Persistence;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.ToTable("Announcements");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.ComplexProperty(x => x.Title, t =>
        {
            t.Property(x => x.ZhCn).HasColumnName("TitleZhCn").HasMaxLength(Announcement.TitleLength);
            t.Property(x => x.EnUs).HasColumnName("TitleEnUs").HasMaxLength(Announcement.TitleLength);
        });
        b.ComplexProperty(x => x.Body, t =>
        {
            t.Property(x => x.ZhCn).HasColumnName("BodyZhCn").HasMaxLength(Announcement.BodyLength);
            t.Property(x => x.EnUs).HasColumnName("BodyEnUs").HasMaxLength(Announcement.BodyLength);
        });
        // Audience and services are small lists read with the announcement: JSON columns.
        b.PrimitiveCollection(x => x.TenantIds).HasField("_tenantIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.PrimitiveCollection(x => x.AffectedServices).HasField("_affectedServices").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Audience);
        b.HasIndex(x => new { x.PublishedAt, x.WithdrawnAt });
    }
}
