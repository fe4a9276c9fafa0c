using System.Text.Json;
using DingPlatform.Calendar.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Calendar.Seed;

/// <summary>Fills an empty calendar from the project's own data file (Seed/holiday-cn.json, see the README
/// beside it). After the first start the database is the truth: staff edit it, and a restart does not
/// overwrite their edits.</summary>
internal sealed class CalendarSeed(PlatformDbContext db, TimeProvider clock) : IDataSeeder
{
    public const string ResourceName = "DingPlatform.Calendar.Seed.holiday-cn.json";

    internal sealed record SeedYear(int Year, string Source, List<SeedDay> Days);
    internal sealed record SeedDay(DateOnly Date, bool Off, string Name);

    public static IReadOnlyList<SeedYear> Load()
    {
        using var stream = typeof(CalendarSeed).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return JsonSerializer.Deserialize<List<SeedYear>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<CalendarYear>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow();
        foreach (var year in Load())
            db.Add(CalendarYear.Create(year.Year, year.Source, year.Days.Select(d => new DayEntry(d.Date, d.Off, d.Name)), now));
        await db.SaveChangesAsync(ct);
    }
}
