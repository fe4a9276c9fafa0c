using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Plans.Persistence;

/// <summary>A version and its entitlements (owned rows in PlanEntitlements): what was sold stays as sold.</summary>
internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> v)
    {
        v.ToTable("PlanVersions");
        v.HasKey(x => x.Id);
        v.HasIndex(x => new { x.PlanCode, x.Version }).IsUnique();
        v.Property(x => x.Name).HasMaxLength(100);
        v.OwnsMany(x => x.Entitlements, e =>
        {
            e.ToTable("PlanEntitlements");
            e.WithOwner().HasForeignKey("PlanVersionId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.Property(x => x.Key).HasMaxLength(64);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Period).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(200);
        });
        v.Navigation(x => x.Entitlements).HasField("_entitlements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
