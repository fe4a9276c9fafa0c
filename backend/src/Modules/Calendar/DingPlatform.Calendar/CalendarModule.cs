using DingPlatform.Calendar.Api;
using DingPlatform.Calendar.Application;
using DingPlatform.Calendar.Application.DeleteYear;
using DingPlatform.Calendar.Application.GetYear;
using DingPlatform.Calendar.Application.ListYears;
using DingPlatform.Calendar.Application.PreviewDeadline;
using DingPlatform.Calendar.Application.UpdateYear;
using DingPlatform.Calendar.Contracts;
using DingPlatform.Calendar.Persistence;
using DingPlatform.Calendar.Seed;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Calendar;

/// <summary>China's working-day calendar (statutory holidays, make-up workdays) that provider staff
/// maintain, and the working-day arithmetic deadlines use (SPEC §3: invoice within 5 working days).</summary>
public sealed class CalendarModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddSingleton<CalendarCache>();
        s.AddScoped<IWorkingDayCalendar, WorkingDayCalendar>();
        s.AddScoped<ListYears>();
        s.AddScoped<GetYear>();
        s.AddScoped<UpdateYear>();
        s.AddScoped<DeleteYear>();
        s.AddScoped<PreviewDeadline>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => CalendarModel.Configure(modelBuilder);

    public override void DefinePermissions(PermissionDefinitionContext context) =>
        context.Add(CalendarPermissions.Manage, PermissionSide.Host, PlatformRoles.ProviderAdmin, PlatformRoles.Billing);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => CalendarEndpoints.Map(endpoints);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        await CalendarSeed.SeedAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
    }
}
