using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Billing.Persistence;

/// <summary>Keyed by Stripe's event id, so a redelivered event fails to insert and changes nothing.</summary>
internal sealed class StripeEventConfiguration : IEntityTypeConfiguration<StripeEventRecord>
{
    public void Configure(EntityTypeBuilder<StripeEventRecord> e)
    {
        e.ToTable("StripeEvents");
        e.HasKey(x => x.EventId);
        e.Property(x => x.EventId).HasMaxLength(100);
        e.Property(x => x.Type).HasMaxLength(100);
    }
}
