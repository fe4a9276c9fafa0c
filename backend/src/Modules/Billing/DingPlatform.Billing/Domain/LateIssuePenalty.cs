using DingPlatform.Platform;

namespace DingPlatform.Billing.Domain;

/// <summary>Contract §2.2 note (SPEC.md "Late-issue penalty"): for each calendar day past the invoice deadline
/// the provider owes the tenant 0.2% of the invoice total (17.64 CNY a day on 8,820.00).</summary>
public static class LateIssuePenalty
{
    public const decimal DailyPercent = 0.2m;

    /// <summary>A red-letter invoice has a negative total; the rate applies to its size.</summary>
    public static decimal PerDay(decimal invoiceTotal) => Money.Percent(Math.Abs(invoiceTotal), DailyPercent);

    /// <summary>Calendar days after <paramref name="deadline"/> up to <paramref name="lastDay"/> (never negative).</summary>
    public static int DaysLate(DateOnly deadline, DateOnly lastDay) => Math.Max(0, lastDay.DayNumber - deadline.DayNumber);
}
