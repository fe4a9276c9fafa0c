using DingPlatform.Usage.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Usage.Persistence;

/// <summary>One counter row per tenant, quota and period; the unique index lets the first use of a period race safely. Table names are as
/// they were before the module split: the EF model must not change.</summary>
internal sealed class UsageCounterConfiguration : IEntityTypeConfiguration<UsageCounter>
{
    public void Configure(EntityTypeBuilder<UsageCounter> b)
    {
        b.ToTable("UsageCounters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(64);
        b.HasIndex(x => new { x.TenantId, x.Key, x.PeriodStart }).IsUnique();
    }
}
