using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Persistence;

internal static class SubscriptionsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Promotion>(p =>
        {
            p.ToTable("Promotions");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(100);
            p.Property(x => x.VoucherCode).HasMaxLength(40);
            p.Property(x => x.PercentOff).HasPrecision(5, 2);
        });
        b.Entity<Quote>(q =>
        {
            q.ToTable("Quotes");
            q.HasKey(x => x.Id);
            q.HasIndex(x => x.TenantId);
            q.Property(x => x.PlanCode).HasMaxLength(40);
            q.Property(x => x.PlanName).HasMaxLength(100);
            q.OwnsMany(x => x.Lines, l => l.ToJson());
            q.OwnsMany(x => x.Discounts, d => d.ToJson());
        });
        b.Entity<Order>(o =>
        {
            o.ToTable("Orders");
            o.HasKey(x => x.Id);
            o.HasIndex(x => x.Number).IsUnique();
            o.HasIndex(x => new { x.Status, x.DueDate });
            o.HasIndex(x => x.TenantId);
            o.Property(x => x.Number).HasMaxLength(30);
            o.Property(x => x.TenantName).HasMaxLength(100);
            o.Property(x => x.PlanCode).HasMaxLength(40);
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.RefundReason).HasMaxLength(500);
            o.OwnsMany(x => x.Lines, l => l.ToJson());
            o.OwnsMany(x => x.Discounts, d => d.ToJson());
        });
        b.Entity<Payment>(p =>
        {
            p.ToTable("Payments");
            p.HasKey(x => x.Id);
            p.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Reference).HasMaxLength(80);
            // Confirming the same payment twice records it once…
            p.HasIndex(x => new { x.Method, x.Reference }).IsUnique();
            // …and an order is settled by exactly one payment of its full amount.
            p.HasIndex(x => x.OrderId).IsUnique();
        });
        b.Entity<Subscription>(s =>
        {
            s.ToTable("Subscriptions");
            s.HasKey(x => x.Id);
            s.Property(x => x.PlanCode).HasMaxLength(40);
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            s.HasIndex(x => new { x.Status, x.EndDate });
            // At most one live subscription per tenant, even if two payments land at once.
            s.HasIndex(x => x.TenantId).IsUnique().HasFilter("\"Status\" IN ('Active', 'Suspended')");
            s.OwnsMany(x => x.Terms, t => t.ToJson());
            s.OwnsMany(x => x.AddOns, a => a.ToJson());
            s.HasMany(x => x.History).WithOne().HasForeignKey(e => e.SubscriptionId);
        });
        b.Entity<SubscriptionEvent>(e =>
        {
            e.ToTable("SubscriptionEvents");
            e.HasKey(x => x.Id);
            // Events are appended through the subscription's History: a client-made id must mean "new".
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Type).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(500);
        });
        b.Entity<UsageCounter>(u =>
        {
            u.ToTable("UsageCounters");
            u.HasKey(x => x.Id);
            u.Property(x => x.Key).HasMaxLength(64);
            u.HasIndex(x => new { x.TenantId, x.Key, x.PeriodStart }).IsUnique();
        });
        b.Entity<UsageRecord>(u =>
        {
            u.ToTable("UsageRecords");
            u.HasKey(x => x.Id);
            u.Property(x => x.Key).HasMaxLength(64);
            u.Property(x => x.IdempotencyKey).HasMaxLength(100);
            u.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique();
        });
        b.Entity<Notification>(n =>
        {
            n.ToTable("Notifications");
            n.HasKey(x => x.Id);
            n.Property(x => x.Kind).HasMaxLength(40);
            n.Property(x => x.DedupKey).HasMaxLength(100);
            n.Property(x => x.Title).HasMaxLength(200);
            n.Property(x => x.Body).HasMaxLength(2000);
            n.HasIndex(x => new { x.TenantId, x.DedupKey }).IsUnique();
        });
        b.Entity<SubscriptionSettings>(s =>
        {
            s.ToTable("SubscriptionSettings");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
        });
    }
}
