using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Staff-defined promotions (§2.1 note). Table names are as they were before the module split: the EF model must not
/// change.</summary>
internal sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> b)
    {
        b.ToTable("Promotions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.VoucherCode).HasMaxLength(40);
        b.Property(x => x.PercentOff).HasPrecision(5, 2);
    }
}
