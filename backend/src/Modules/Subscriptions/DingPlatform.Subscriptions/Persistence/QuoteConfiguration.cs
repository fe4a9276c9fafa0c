using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Quotes with their priced lines and discounts as JSON. Table names are as they were before the module split: the EF model must
/// not change.</summary>
internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.ToTable("Quotes");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.TenantId);
        b.Property(x => x.PlanCode).HasMaxLength(40);
        b.Property(x => x.PlanName).HasMaxLength(100);
        b.OwnsMany(x => x.Lines, l => l.ToJson());
        b.OwnsMany(x => x.Discounts, d => d.ToJson());
    }
}
