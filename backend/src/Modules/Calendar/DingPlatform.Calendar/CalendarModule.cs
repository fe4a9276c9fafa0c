using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Features.DeleteYear;
using DingPlatform.Calendar.Features.GetYear;
using DingPlatform.Calendar.Features.ListYears;
using DingPlatform.Calendar.Features.PreviewDeadline;
using DingPlatform.Calendar.Features.UpdateYear;
using DingPlatform.Calendar.Services;
using DingPlatform.Platform.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Calendar;

/// <summary>China's working-day calendar (statutory holidays, make-up workdays) that provider staff
/// maintain, and the working-day arithmetic deadlines use (SPEC §3: invoice within 5 working days).</summary>
public sealed class CalendarModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        // One cache per process: the invoice jobs ask for many deadlines, staff edits invalidate a year.
        s.AddSingleton<CalendarCache>();
        s.AddScoped<IWorkingDayCalendar, WorkingDayCalendar>();
        s.AddScoped<ListYears>();
        s.AddScoped<GetYear>();
        s.AddScoped<UpdateYear>();
        s.AddScoped<DeleteYear>();
        s.AddScoped<PreviewDeadline>();
    }
}
