using DingPlatform.Calendar.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Persistence;

internal static class CalendarModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CalendarYear>(y =>
        {
            y.ToTable("CalendarYears");
            y.HasKey(x => x.Year);
            y.Property(x => x.Year).ValueGeneratedNever();
            y.Property(x => x.Source).HasMaxLength(500);
            y.HasMany(x => x.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
            y.Navigation(x => x.Days).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        b.Entity<CalendarDay>(d =>
        {
            d.ToTable("CalendarDays");
            d.HasKey(x => x.Date);
            d.Property(x => x.Date).ValueGeneratedNever();
            d.Property(x => x.Name).HasMaxLength(CalendarDay.NameLength);
        });
    }
}
