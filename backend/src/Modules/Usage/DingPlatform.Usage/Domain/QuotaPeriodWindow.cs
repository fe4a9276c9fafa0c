namespace DingPlatform.Usage.Domain;

/// <summary>A quota period: counted from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
public sealed record QuotaPeriodWindow(DateOnly Start, DateOnly End);
