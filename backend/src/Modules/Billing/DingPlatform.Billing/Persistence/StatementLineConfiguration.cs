using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Billing.Persistence;

/// <summary>The fingerprint is unique: importing the same statement twice stores each line once.</summary>
internal sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> l)
    {
        l.ToTable("StatementLines");
        l.HasKey(x => x.Id);
        l.HasIndex(x => x.Fingerprint).IsUnique();
        l.HasIndex(x => x.Status);
        l.Property(x => x.Fingerprint).HasMaxLength(64);
        l.Property(x => x.FileName).HasMaxLength(200);
        l.Property(x => x.Memo).HasMaxLength(500);
        l.Property(x => x.Payer).HasMaxLength(200);
        l.Property(x => x.TransactionId).HasMaxLength(100);
        l.Property(x => x.OrderNumber).HasMaxLength(30);
        l.Property(x => x.Note).HasMaxLength(500);
        l.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        l.Ignore(x => x.PaymentReference);
    }
}
