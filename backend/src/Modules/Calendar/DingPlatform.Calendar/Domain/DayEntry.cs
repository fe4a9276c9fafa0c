namespace DingPlatform.Calendar.Domain;

/// <summary>A listed date as staff or the seed file give it, before the year validates it.</summary>
public sealed record DayEntry(DateOnly Date, bool IsOffDay, string Name);
