using DingPlatform.Calendar.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DingPlatform.Calendar.Persistence;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> d)
    {
        d.ToTable("CalendarDays");
        d.HasKey(x => x.Date);
        d.Property(x => x.Date).ValueGeneratedNever();
        d.Property(x => x.Name).HasMaxLength(CalendarDay.NameLength);
    }
}
