using System.Globalization;

namespace DingPlatform.UnitTests.Support;

/// <summary>Test instants written as Shanghai wall-clock times, the way the rules are stated.</summary>
internal static class Shanghai
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>"2026-03-10 09:15" in Asia/Shanghai.</summary>
    public static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Offset);

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly Time(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);
}
