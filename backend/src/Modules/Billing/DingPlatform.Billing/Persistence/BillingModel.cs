using DingPlatform.Billing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Persistence;

internal static class BillingModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Invoice>(i =>
        {
            i.ToTable("Invoices");
            i.HasKey(x => x.Id);
            i.HasIndex(x => x.Number).IsUnique();
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
        });
        b.Entity<Credit>(c =>
        {
            c.ToTable("Credits");
            c.HasKey(x => x.Id);
            c.HasIndex(x => x.InvoiceId).IsUnique();
            c.HasIndex(x => x.TenantId);
            c.Property(x => x.TenantName).HasMaxLength(100);
            c.Property(x => x.InvoiceNumber).HasMaxLength(30);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.SettlementNote).HasMaxLength(200);
        });
        b.Entity<StripeEventRecord>(e =>
        {
            e.ToTable("StripeEvents");
            e.HasKey(x => x.EventId);
            e.Property(x => x.EventId).HasMaxLength(100);
            e.Property(x => x.Type).HasMaxLength(100);
        });
        b.Entity<CheckoutSessionRecord>(s =>
        {
            s.ToTable("CheckoutSessions");
            s.HasKey(x => x.SessionId);
            s.Property(x => x.SessionId).HasMaxLength(200);
            s.HasIndex(x => x.OrderId);
        });
        b.Entity<StatementLine>(l =>
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
        });
    }
}
