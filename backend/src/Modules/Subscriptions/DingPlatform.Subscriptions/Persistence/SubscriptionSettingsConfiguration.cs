using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>The one row of lifecycle settings. Table names are as they were before the module split: the EF model must not
/// change.</summary>
internal sealed class SubscriptionSettingsConfiguration : IEntityTypeConfiguration<SubscriptionSettings>
{
    public void Configure(EntityTypeBuilder<SubscriptionSettings> b)
    {
        b.ToTable("SubscriptionSettings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
