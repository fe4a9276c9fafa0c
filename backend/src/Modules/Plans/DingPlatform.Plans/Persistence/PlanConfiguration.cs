using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Plans.Persistence;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> p)
    {
        p.ToTable("Plans");
        p.HasKey(x => x.Code);
        p.Property(x => x.Code).HasMaxLength(40);
        p.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.PlanCode);
        p.Navigation(x => x.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        p.Ignore(x => x.Current);
    }
}
