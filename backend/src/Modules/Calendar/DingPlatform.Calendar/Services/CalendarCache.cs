using System.Collections.Concurrent;
using DingPlatform.Calendar.Domain;

namespace DingPlatform.Calendar.Services;

/// <summary>Each year's days, loaded once: invoice jobs ask the calendar for many invoices. Staff edits
/// invalidate their year. A generation counter keeps a load that raced an edit from storing stale days.
/// Per process: a second instance would see an edit after its own restart or edit.</summary>
internal sealed class CalendarCache
{
    private readonly ConcurrentDictionary<int, YearCalendar> _byYear = new();
    private readonly ConcurrentDictionary<int, int> _generation = new();

    public async Task<YearCalendar> GetOrLoadAsync(int year, Func<Task<YearCalendar>> load)
    {
        if (_byYear.TryGetValue(year, out var hit)) return hit;
        var generation = _generation.GetValueOrDefault(year);
        var loaded = await load();
        if (_generation.GetValueOrDefault(year) == generation) _byYear[year] = loaded;
        return loaded;
    }

    public void Invalidate(int year)
    {
        _generation.AddOrUpdate(year, 1, (_, g) => g + 1);
        _byYear.TryRemove(year, out _);
    }
}
