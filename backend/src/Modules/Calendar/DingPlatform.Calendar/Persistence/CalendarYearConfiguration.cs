using DingPlatform.Calendar.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Calendar.Persistence;

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> y)
    {
        y.ToTable("CalendarYears");
        y.HasKey(x => x.Year);
        y.Property(x => x.Year).ValueGeneratedNever();
        y.Property(x => x.Source).HasMaxLength(500);
        y.HasMany(x => x.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
        y.Navigation(x => x.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
