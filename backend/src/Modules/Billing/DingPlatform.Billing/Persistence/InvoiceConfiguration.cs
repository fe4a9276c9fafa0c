using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Billing.Persistence;

/// <summary>Invoices with the buyer as an owned value: the buyer is copied onto each invoice (§2.2).</summary>
internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> i)
    {
        i.ToTable("Invoices");
        i.HasKey(x => x.Id);
        i.HasIndex(x => x.Number).IsUnique();
        // The late-penalty job reads pending invoices past their deadline.
        i.HasIndex(x => new { x.Status, x.Deadline });
        i.HasIndex(x => x.TenantId);
        i.HasIndex(x => x.OrderId);
        i.Property(x => x.Number).HasMaxLength(30);
        i.Property(x => x.TenantName).HasMaxLength(100);
        i.Property(x => x.OrderNumber).HasMaxLength(30);
        i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        i.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        i.Property(x => x.TaxBureauNumber).HasMaxLength(40);
        i.OwnsOne(x => x.Buyer, o =>
        {
            o.Property(x => x.Name).HasMaxLength(100);
            o.Property(x => x.TaxpayerId).HasMaxLength(20);
            o.Property(x => x.Address).HasMaxLength(200);
            o.Property(x => x.Phone).HasMaxLength(30);
            o.Property(x => x.Bank).HasMaxLength(100);
            o.Property(x => x.Account).HasMaxLength(40);
        });
    }
}
