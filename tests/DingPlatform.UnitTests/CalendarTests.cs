using System.Text.Json;
using DingPlatform.Calendar.Domain;
using DingPlatform.Calendar.Seed;
using DingPlatform.Calendar.Services;
using DingPlatform.Platform.Errors;

namespace DingPlatform.UnitTests;

/// <summary>The working-day rule behind the invoice deadline (SPEC §3: within 5 working days of payment)
/// over the project's embedded calendar data.</summary>
public sealed class CalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The embedded data file, through the same domain validation staff edits go through.</summary>
    private static readonly YearCalendar[] Seeded = CalendarSeed.Load()
        .Select(y => CalendarYear.Create(y.Year, y.Source, y.Days.Select(d => new DayEntry(d.Date, d.Off, d.Name)), Now).ToCalendar())
        .ToArray();

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    private static DateOnly Add(string from, int days) => WorkingDays.Add(D(from), days, Seeded);

    private static YearCalendar Year(int year) => Seeded.Single(y => y.Year == year);

    [Fact]
    public void Payment_on_thursday_24_september_2026_is_invoiced_by_friday_9_october()
    {
        // 9/25 Mid-Autumn off, 9/26–27 weekend, 9/28–30 count 1–3, 10/1–7 National Day off, 10/8 is 4, 10/9 is 5.
        Add("2026-09-24", 5).ShouldBe(D("2026-10-09"));
    }

    [Fact]
    public void Across_the_2026_spring_festival_the_make_up_saturday_counts_and_the_holiday_does_not()
    {
        // From Friday 2/13: Saturday 2/14 is a make-up workday (1); 2/15–2/23 are off (Sunday, the
        // festival on weekdays, the weekend, Monday 2/23); then Tuesday 2/24 to Friday 2/27 are 2–5.
        Add("2026-02-13", 5).ShouldBe(D("2026-02-27"));
        // Saturday 2/28 is the second make-up workday, so a deadline can land on it.
        Add("2026-02-13", 6).ShouldBe(D("2026-02-28"));
    }

    [Fact]
    public void A_make_up_weekend_day_is_a_working_day()
    {
        Year(2026).IsWorkingDay(D("2026-02-14")).ShouldBeTrue();
        Year(2026).IsWorkingDay(D("2026-09-20")).ShouldBeTrue(); // Sunday before National Day
        Add("2026-09-19", 1).ShouldBe(D("2026-09-20"));
        Year(2026).IsWorkingDay(D("2026-02-21")).ShouldBeFalse(); // an ordinary weekend inside the festival
        Year(2026).IsWorkingDay(D("2026-10-01")).ShouldBeFalse(); // a statutory holiday on a Thursday
    }

    [Fact]
    public void A_year_without_data_counts_weekends_only()
    {
        // 2027 is not in the data: Friday 4/30 is 1, Monday 5/3 to Thursday 5/6 are 2–5, no Labour Day.
        Add("2027-04-29", 5).ShouldBe(D("2027-05-06"));
        // Across the year end: 12/31 is 1, 1/1/2027 is an ordinary Friday (2), then 1/4–1/6.
        Add("2026-12-30", 5).ShouldBe(D("2027-01-06"));
        YearCalendar.WeekendsOnly(2027).HasData.ShouldBeFalse();
    }

    [Fact]
    public void Zero_days_is_the_same_date_even_on_a_holiday_and_negative_days_are_refused()
    {
        Add("2026-10-01", 0).ShouldBe(D("2026-10-01"));
        Add("2026-09-24", 0).ShouldBe(D("2026-09-24"));
        Should.Throw<ArgumentOutOfRangeException>(() => Add("2026-09-24", -1));
    }

    [Fact]
    public void The_walk_stops_at_a_year_that_is_not_loaded_so_the_caller_can_load_it()
    {
        WorkingDays.TryAdd(D("2026-12-30"), 5, y => y == 2026 ? Year(2026) : null, out _).ShouldBeFalse();
        WorkingDays.TryAdd(D("2026-12-28"), 3, y => y == 2026 ? Year(2026) : null, out var deadline).ShouldBeTrue();
        deadline.ShouldBe(D("2026-12-31"));
    }

    [Theory]
    [InlineData("2027-01-02", true, "days[1].isOffDay")]   // a Saturday is off anyway
    [InlineData("2027-01-05", false, "days[1].isOffDay")]  // a Tuesday works anyway
    [InlineData("2028-01-03", true, "days[1].date")]       // another year
    [InlineData("2027-01-01", true, "days[1].date")]       // listed twice
    public void A_pointless_or_misplaced_day_is_refused_naming_the_field(string date, bool off, string field)
    {
        var days = new[] { new DayEntry(D("2027-01-01"), true, "元旦"), new DayEntry(D(date), off, "测试") };
        Should.Throw<InputException>(() => CalendarYear.Create(2027, "notice", days, Now)).Field.ShouldBe(field);
    }

    [Fact]
    public void Replacing_a_year_updates_kept_dates_removes_dropped_ones_and_adds_new_ones()
    {
        var year = CalendarYear.Create(2027, "a", [new(D("2027-01-01"), true, "元旦"), new(D("2027-02-06"), false, "春节")], Now);
        year.Replace(" b ", [new(D("2027-01-01"), true, "New Year"), new(D("2027-10-01"), true, "国庆节")], Now.AddDays(1));
        year.Days.Select(d => (d.Date, d.Name)).ShouldBe([(D("2027-01-01"), "New Year"), (D("2027-10-01"), "国庆节")], ignoreOrder: true);
        year.Source.ShouldBe("b");
        year.UpdatedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public async Task An_invalidated_year_is_loaded_again()
    {
        var cache = new CalendarCache();
        var loads = 0;
        Task<YearCalendar> Load() { loads++; return Task.FromResult(YearCalendar.WeekendsOnly(2027)); }
        await cache.GetOrLoadAsync(2027, Load);
        await cache.GetOrLoadAsync(2027, Load);
        loads.ShouldBe(1);
        cache.Invalidate(2027);
        await cache.GetOrLoadAsync(2027, Load);
        loads.ShouldBe(2);
    }

    [Fact]
    public void The_embedded_data_matches_the_source_facts_for_2024_to_2026()
    {
        Seeded.Select(y => y.Year).ShouldBe([2024, 2025, 2026]);
        var sourceDir = SharedHolidayData();
        if (sourceDir is null)
        {
            // Without the shared data (a checkout on its own), a few facts from the State Council notices.
            Year(2024).IsWorkingDay(D("2024-02-04")).ShouldBeTrue();  // Sunday make-up for Spring Festival
            Year(2024).IsWorkingDay(D("2024-10-07")).ShouldBeFalse(); // National Day, Monday
            Year(2025).IsWorkingDay(D("2025-01-28")).ShouldBeFalse(); // New Year's Eve of Spring Festival
            Year(2025).IsWorkingDay(D("2025-09-28")).ShouldBeTrue();  // Sunday make-up for National Day
            Year(2026).IsWorkingDay(D("2026-01-02")).ShouldBeFalse(); // New Year, Friday
            Year(2026).IsWorkingDay(D("2026-01-04")).ShouldBeTrue();  // Sunday make-up for New Year
            return;
        }
        var seedYears = CalendarSeed.Load().ToDictionary(y => y.Year);
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(sourceDir, $"{year}.json")));
            var listed = doc.RootElement.GetProperty("days").EnumerateArray()
                .ToDictionary(d => D(d.GetProperty("date").GetString()!), d => d.GetProperty("isOffDay").GetBoolean());
            // Every date the source lists has the working status it gives.
            foreach (var (date, off) in listed)
                Year(year).IsWorkingDay(date).ShouldBe(!off, $"{date} in {year}");
            // Every date the file lists is one the source lists, with the same status; the file leaves out
            // only the weekends inside holiday periods, which are off anyway.
            foreach (var day in seedYears[year].Days)
                listed.GetValueOrDefault(day.Date, !day.Off)
                    .ShouldBe(day.Off, $"{day.Date} is not in the source as {(day.Off ? "off" : "working")}");
            listed.Where(kv => !seedYears[year].Days.Any(d => d.Date == kv.Key))
                .ShouldAllBe(kv => kv.Value && WorkingDays.IsWeekend(kv.Key));
            seedYears[year].Source.ShouldBe(doc.RootElement.GetProperty("papers")[0].GetString());
        }
    }

    /// <summary>CI has the shared data at ../shared beside the repository root.</summary>
    private static string? SharedHolidayData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "DingPlatform.sln"))) continue;
            var path = Path.Combine(dir.FullName, "..", "shared", "data", "holiday-cn");
            return File.Exists(Path.Combine(path, "2026.json")) ? Path.GetFullPath(path) : null;
        }
        return null;
    }
}
