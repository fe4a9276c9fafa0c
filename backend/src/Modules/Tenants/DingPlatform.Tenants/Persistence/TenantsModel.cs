using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Persistence;

internal static class TenantsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Tenant>(t =>
        {
            t.ToTable("Tenants");
            t.HasKey(x => x.Id);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.VerificationStatus).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.SuspensionReason).HasMaxLength(500);
            t.Property(x => x.VerificationNote).HasMaxLength(500);
            t.Property(x => x.VerifiedCreditCode).HasMaxLength(18);
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
        });
        b.Entity<ApiClient>(c =>
        {
            c.ToTable("ApiClients");
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(100);
            c.Property(x => x.ClientId).HasMaxLength(64);
            c.HasIndex(x => x.ClientId).IsUnique();
            c.HasIndex(x => x.TenantId);
        });
    }
}
