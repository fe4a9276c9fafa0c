using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Orders (the agreement) with their frozen lines and discounts as JSON. Table names are as they were before the module split: the
/// EF model must not change.</summary>
internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("Orders");
        b.HasKey(x => x.Id);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Status, x.DueDate });
        b.HasIndex(x => x.TenantId);
        b.Property(x => x.Number).HasMaxLength(30);
        b.Property(x => x.TenantName).HasMaxLength(100);
        b.Property(x => x.PlanCode).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.RefundReason).HasMaxLength(500);
        b.OwnsMany(x => x.Lines, l => l.ToJson());
        b.OwnsMany(x => x.Discounts, d => d.ToJson());
    }
}
