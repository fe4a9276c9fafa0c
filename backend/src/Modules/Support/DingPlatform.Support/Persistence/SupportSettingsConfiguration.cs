using DingPlatform.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Support.Persistence;

/// <summary>One row; the edited dates travel with it as JSON, so an edit is one UPDATE and never half-written.</summary>
internal sealed class SupportSettingsConfiguration : IEntityTypeConfiguration<SupportSettings>
{
    public void Configure(EntityTypeBuilder<SupportSettings> b)
    {
        b.ToTable("SupportSettings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.OwnsMany(x => x.Overrides, o => o.ToJson("Overrides"));
        b.Navigation(x => x.Overrides).HasField("_overrides").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
