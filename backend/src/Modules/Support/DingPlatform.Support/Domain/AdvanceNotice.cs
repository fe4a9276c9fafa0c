using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Support.Contracts;

namespace DingPlatform.Support.Domain;

/// <summary>The contract's notice rules for announcements, checked when one is published.</summary>
public static class AdvanceNotice
{
    /// <summary>The provider's notice period for planned maintenance unless it sets another.</summary>
    public static readonly TimeSpan DefaultMaintenanceNotice = TimeSpan.FromHours(72);

    /// <summary>§4.1 "应提前通知您": maintenance the provider can foresee and control is announced in advance,
    /// here at least <paramref name="noticePeriod"/> before its window starts.</summary>
    public static void MaintenanceAnnouncedInAdvance(DateTimeOffset windowStart, DateTimeOffset publishedAt, TimeSpan noticePeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(noticePeriod, TimeSpan.Zero);
        if (windowStart - publishedAt < noticePeriod)
            throw new BusinessException(SupportErrors.MaintenanceNoticeTooShort,
                    $"Planned maintenance is announced at least {noticePeriod.TotalHours:0.#} hours before it starts; this "
                        + $"window starts {Shanghai(windowStart)}.",
                        422)
                .WithDetail("field", "startsAt").WithDetail("noticeHours", noticePeriod.TotalHours)
                .WithDetail("earliestStart", publishedAt + noticePeriod);
    }

    /// <summary>§4.2 "在提前通知的前提下，暂停或停止": a suspension of service is announced before it takes
    /// effect, never after.</summary>
    public static void SuspensionAnnouncedBeforeItStarts(DateTimeOffset effectiveAt, DateTimeOffset publishedAt)
    {
        if (publishedAt >= effectiveAt)
            throw new BusinessException(SupportErrors.SuspensionNotAnnouncedInAdvance,
                    $"A suspension is announced before it takes effect; this one takes effect {Shanghai(effectiveAt)}.", 422)
                .WithDetail("field", "startsAt");
    }

    // Staff read times in Shanghai, where the business runs.
    private static string Shanghai(DateTimeOffset instant)
        => $"{TimeZoneInfo.ConvertTime(instant, BusinessTime.Zone):yyyy-MM-dd HH:mm} (Asia/Shanghai)";
}
