using System.Globalization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Features.ServiceSettings;

/// <summary>The provider's service hours (the SLA clock's 08:00–18:00 is data), edited dates and the
/// maintenance notice period. An edit re-measures deadlines still running on the new hours, in the same
/// save: nothing is half-written.</summary>
internal sealed class ServiceSettings(PlatformDbContext db, ServiceHoursSource source, IDataFilter filter, TimeProvider clock)
{
    public async Task<SupportSettingsDto> GetAsync(CancellationToken ct) => ToDto(await source.SettingsAsync(ct));

    public async Task<SupportSettingsDto> UpdateAsync(UpdateSupportSettingsRequest request, CancellationToken ct)
    {
        var daily = Hours(request.ServiceStart!, request.ServiceEnd!, "serviceEnd");
        var days = (request.Overrides ?? []).Select(Day).ToList();
        var now = clock.GetUtcNow();
        var settings = await db.Set<SupportSettings>().SingleOrDefaultAsync(s => s.Id == SupportSettings.SingletonId, ct);
        if (settings is null) db.Add(settings = SupportSettings.Default());
        try { settings.Replace(daily, request.NoticePeriodHours!.Value, days, now); }
        catch (BusinessException e) when (e.Code == SupportErrors.InvalidServiceHours && e.Details.ContainsKey("date"))
        {
            e.Details["field"] = "overrides";
            throw;
        }

        var calendar = settings.Calendar();
        using (filter.DisableMultiTenant())
        {
            var running = await db.Set<Ticket>()
                .Where(t => t.FirstResponseDueAt != null && t.FirstRespondedAt == null && t.EscalatedAt == null
                    && t.Status != TicketStatus.Closed)
                .ToListAsync(ct);
            foreach (var ticket in running) ticket.RescheduleFirstResponse(calendar, now);
            await db.SaveChangesAsync(ct);
        }
        return ToDto(settings);
    }

    private static ServiceDay Day(ServiceDayOverrideDto day, int i)
    {
        var date = day.Date!.Value;
        if (day.Closed == true)
        {
            if (day.Start is not null || day.End is not null)
                throw new InputException($"overrides[{i}].closed", "A closed date has no hours; leave start and end out.");
            return ServiceDay.Closed(date);
        }
        if (day.Start is null) throw new InputException($"overrides[{i}].start", "An edited date is closed or has a start and an end.");
        if (day.End is null) throw new InputException($"overrides[{i}].end", "An edited date is closed or has a start and an end.");
        return new ServiceDay(date, Hours(day.Start, day.End, $"overrides[{i}].end"));
    }

    private static ServiceHours Hours(string start, string end, string field)
    {
        try { return new ServiceHours(Parse(start), Parse(end)); }
        catch (BusinessException e) when (e.Code == SupportErrors.InvalidServiceHours)
        {
            e.Details["field"] = field;
            throw;
        }
    }

    private static TimeOnly Parse(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static SupportSettingsDto ToDto(SupportSettings s) => new(
        Format(s.ServiceStart), Format(s.ServiceEnd), s.NoticePeriodHours,
        s.Overrides.Select(
            o => new ServiceDayOverrideDto(o.Date, o.Start is { } a ? Format(a) : null, o.End is { } b ? Format(b) : null,
                o.Closed)).ToList(),
        s.UpdatedAt);
}
