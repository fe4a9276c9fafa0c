using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Payments: the unique indexes make confirmation idempotent and settle an order once. Table names are as they were before the
/// module split: the EF model must not change.</summary>
internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reference).HasMaxLength(80);
        // Confirming the same payment twice records it once…
        b.HasIndex(x => new { x.Method, x.Reference }).IsUnique();
        // …and an order is settled by exactly one payment of its full amount.
        b.HasIndex(x => x.OrderId).IsUnique();
    }
}
