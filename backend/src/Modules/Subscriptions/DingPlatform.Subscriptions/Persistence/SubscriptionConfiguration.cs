using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Subscriptions.Persistence;

/// <summary>Subscriptions with their terms and add-ons as JSON and their history as rows. Table names are as they were before the module
/// split: the EF model must not change.</summary>
internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.ToTable("Subscriptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.PlanCode).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.Status, x.EndDate });
        // At most one live subscription per tenant, even if two payments land at once.
        b.HasIndex(x => x.TenantId).IsUnique().HasFilter("\"Status\" IN ('Active', 'Suspended')");
        b.OwnsMany(x => x.Terms, t => t.ToJson());
        b.OwnsMany(x => x.AddOns, a => a.ToJson());
        b.HasMany(x => x.History).WithOne().HasForeignKey(e => e.SubscriptionId);
    }
}
