using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>A subscription's history rows. Table names are as they were before the module split: the EF model must not change.</summary>
internal sealed class SubscriptionEventConfiguration : IEntityTypeConfiguration<SubscriptionEvent>
{
    public void Configure(EntityTypeBuilder<SubscriptionEvent> b)
    {
        b.ToTable("SubscriptionEvents");
        b.HasKey(x => x.Id);
        // Events are appended through the subscription's History: a client-made id must mean "new".
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Type).HasMaxLength(40);
        b.Property(x => x.Detail).HasMaxLength(500);
    }
}
