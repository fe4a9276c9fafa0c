using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Plans.Persistence;

internal static class PlansModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Plan>(p =>
        {
            p.ToTable("Plans");
            p.HasKey(x => x.Code);
            p.Property(x => x.Code).HasMaxLength(40);
            p.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.PlanCode);
            p.Navigation(x => x.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
            p.Ignore(x => x.Current);
        });
        b.Entity<PlanVersion>(v =>
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
        });
        b.Entity<AddOnPack>(a =>
        {
            a.ToTable("AddOnPacks");
            a.HasKey(x => x.Code);
            a.Property(x => x.Code).HasMaxLength(40);
            a.Property(x => x.Name).HasMaxLength(100);
            a.Property(x => x.EntitlementKey).HasMaxLength(64);
        });
    }
}
