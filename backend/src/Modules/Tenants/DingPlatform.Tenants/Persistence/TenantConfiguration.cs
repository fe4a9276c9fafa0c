using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Tenants.Persistence;

/// <summary>The tenant with its verification and invoice profile as owned columns of the same row.</summary>
internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> t)
    {
        t.ToTable("Tenants");
        t.HasKey(x => x.Id);
        t.Property(x => x.Name).HasMaxLength(100);
        t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        t.Property(x => x.VerificationStatus).HasConversion<string>().HasMaxLength(20);
        t.Property(x => x.SuspensionReason).HasMaxLength(500);
        t.Property(x => x.VerificationNote).HasMaxLength(500);
        t.Property(x => x.VerifiedCreditCode).HasMaxLength(18);
        // Unique: one company (credit code) is verified for one tenant at most, even when two reviews race.
        t.HasIndex(x => x.VerifiedCreditCode).IsUnique();
        t.HasIndex(x => x.VerificationStatus);
        t.OwnsOne(x => x.Verification, v =>
        {
            v.Property(x => x.LegalName).HasMaxLength(100);
            v.Property(x => x.CreditCode).HasMaxLength(18);
            v.Property(x => x.TaxpayerType).HasConversion<string>().HasMaxLength(20);
            v.OwnsOne(x => x.InvoiceProfile, p =>
            {
                p.Property(x => x.Name).HasMaxLength(100);
                p.Property(x => x.TaxpayerId).HasMaxLength(20);
                p.Property(x => x.Address).HasMaxLength(200);
                p.Property(x => x.Phone).HasMaxLength(30);
                p.Property(x => x.Bank).HasMaxLength(100);
                p.Property(x => x.Account).HasMaxLength(40);
            });
        });
    }
}
