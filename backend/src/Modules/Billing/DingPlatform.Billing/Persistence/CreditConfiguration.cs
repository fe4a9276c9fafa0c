using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Billing.Persistence;

/// <summary>One credit per invoice (a unique index), grown by each day of late-issue penalty.</summary>
internal sealed class CreditConfiguration : IEntityTypeConfiguration<Credit>
{
    public void Configure(EntityTypeBuilder<Credit> c)
    {
        c.ToTable("Credits");
        c.HasKey(x => x.Id);
        c.HasIndex(x => x.InvoiceId).IsUnique();
        c.HasIndex(x => x.TenantId);
        c.Property(x => x.TenantName).HasMaxLength(100);
        c.Property(x => x.InvoiceNumber).HasMaxLength(30);
        c.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.SettlementNote).HasMaxLength(200);
    }
}
