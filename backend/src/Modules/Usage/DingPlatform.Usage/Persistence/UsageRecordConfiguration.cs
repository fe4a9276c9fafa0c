using DingPlatform.Usage.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Usage.Persistence;

/// <summary>Recorded consumptions; the unique index is what makes an idempotency key count once. Table names are as they were before the
/// module split: the EF model must not change.</summary>
internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> b)
    {
        b.ToTable("UsageRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).HasMaxLength(64);
        b.Property(x => x.IdempotencyKey).HasMaxLength(100);
        b.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique();
    }
}
