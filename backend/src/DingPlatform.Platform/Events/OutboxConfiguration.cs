using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Platform.Events;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Type).HasMaxLength(100);
        b.HasIndex(x => new { x.FannedOutAt, x.OccurredAt });
    }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> b)
    {
        b.ToTable("OutboxDeliveries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Channel).HasMaxLength(40);
        b.Property(x => x.Recipient).HasMaxLength(200);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // The "delivered once per place" constraint.
        b.HasIndex(x => new { x.MessageId, x.Channel, x.Recipient }).IsUnique();
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.TenantId, x.CreatedAt });
    }
}

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> b)
    {
        b.ToTable("OutboxAttempts");
        b.HasKey(x => x.Id);
        b.Property(x => x.Detail).HasMaxLength(1000);
        b.HasIndex(x => new { x.DeliveryId, x.At });
    }
}
