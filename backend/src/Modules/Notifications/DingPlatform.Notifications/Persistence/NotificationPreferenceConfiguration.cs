using DingPlatform.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Notifications.Persistence;

/// <summary>One row per user who changed a default (language, mail kinds).</summary>
internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.HasKey(x => x.UserId);
        b.Property(x => x.Language).HasMaxLength(10);
        b.Property(x => x.MailOptOut).HasMaxLength(200);
        b.HasIndex(x => x.TenantId);
    }
}
