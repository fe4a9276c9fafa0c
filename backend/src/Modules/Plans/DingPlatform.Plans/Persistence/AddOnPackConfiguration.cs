using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Plans.Persistence;

internal sealed class AddOnPackConfiguration : IEntityTypeConfiguration<AddOnPack>
{
    public void Configure(EntityTypeBuilder<AddOnPack> a)
    {
        a.ToTable("AddOnPacks");
        a.HasKey(x => x.Code);
        a.Property(x => x.Code).HasMaxLength(40);
        a.Property(x => x.Name).HasMaxLength(100);
        a.Property(x => x.EntitlementKey).HasMaxLength(64);
    }
}
