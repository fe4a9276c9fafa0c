using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

/// <summary>SPEC Support / §1.3, A1: the first response is due within one service day (10 service hours),
/// the clock running 08:00–18:00 Asia/Shanghai, 7 days a week.</summary>
public sealed class SlaClockTests
{
    private static readonly ServiceCalendar Hours = ServiceCalendar.Standard;

    private static DateTimeOffset Due(string openedAt, ServiceCalendar? hours = null) => SlaClock.DueAt(At(openedAt), hours ?? Hours);

    [Fact]
    public void Opened_at_0915_is_due_at_0915_the_next_day()
    {
        // 8 h 45 min on the day, the remaining 1 h 15 min from 08:00 the next day.
        Due("2026-03-10 09:15").ShouldBe(At("2026-03-11 09:15"));
    }

    [Fact]
    public void Opened_before_hours_is_due_at_closing_the_same_day()
    {
        Due("2026-03-10 06:30").ShouldBe(At("2026-03-10 18:00"));
        Due("2026-03-10 08:00").ShouldBe(At("2026-03-10 18:00"));
    }

    [Fact]
    public void Opened_after_hours_is_due_at_closing_the_next_day()
    {
        Due("2026-03-10 19:00").ShouldBe(At("2026-03-11 18:00"));
        Due("2026-03-10 23:59").ShouldBe(At("2026-03-11 18:00"));
    }

    [Fact]
    public void Opened_exactly_at_closing_counts_no_time_that_day()
    {
        Due("2026-03-10 18:00").ShouldBe(At("2026-03-11 18:00"));
    }

    [Fact]
    public void Opened_a_minute_before_closing_carries_the_rest_into_the_next_day()
    {
        Due("2026-03-10 17:59").ShouldBe(At("2026-03-11 17:59"));
    }

    [Fact]
    public void The_clock_runs_on_weekends_too()
    {
        // Saturday 14 March 2026: 7 days a week, so no skipping to Monday.
        Due("2026-03-14 12:00").ShouldBe(At("2026-03-15 12:00"));
    }

    [Fact]
    public void A_day_with_edited_hours_shifts_the_due_time()
    {
        // The next day is edited to 10:00–16:00: the remaining 1 h 15 min run from 10:00.
        var edited = Hours.With(Date("2026-03-11"), new ServiceHours(Time("10:00"), Time("16:00")));
        Due("2026-03-10 09:15", edited).ShouldBe(At("2026-03-11 11:15"));
        // Opened on the edited day itself: 6 h there (from 10:00), 4 h the day after from 08:00.
        Due("2026-03-11 09:00", edited).ShouldBe(At("2026-03-12 12:00"));
        // Opened at 17:00 on the edited day: already closed, so the whole budget runs on the 12th.
        Due("2026-03-11 17:00", edited).ShouldBe(At("2026-03-12 18:00"));
    }

    [Fact]
    public void A_closed_day_is_skipped()
    {
        var closed = Hours.With(Date("2026-03-11"), null);
        Due("2026-03-10 09:15", closed).ShouldBe(At("2026-03-12 09:15"));
    }

    [Fact]
    public void Other_daily_hours_are_data_not_constants()
    {
        var nineToFive = new ServiceCalendar(new ServiceHours(Time("09:00"), Time("17:00")));
        // 10 service hours: 8 on the day, 2 the next from 09:00.
        Due("2026-03-10 08:00", nineToFive).ShouldBe(At("2026-03-11 11:00"));
    }

    [Fact]
    public void Utc_inputs_are_read_in_shanghai_time_and_the_due_time_is_utc()
    {
        // 01:15 UTC is 09:15 in Shanghai; due 09:15 Shanghai the next day = 01:15 UTC.
        var due = SlaClock.DueAt(new DateTimeOffset(2026, 3, 10, 1, 15, 0, TimeSpan.Zero), Hours);
        due.ShouldBe(new DateTimeOffset(2026, 3, 11, 1, 15, 0, TimeSpan.Zero));
        due.Offset.ShouldBe(TimeSpan.Zero);
        // 23:00 UTC on the 9th is already 07:00 on the 10th in Shanghai: due at 18:00 on the 10th (10:00 UTC).
        SlaClock.DueAt(new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero), Hours)
            .ShouldBe(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero));
        // 10:30 UTC is 18:30 Shanghai: after hours, due at closing the next day.
        SlaClock.DueAt(new DateTimeOffset(2026, 3, 10, 10, 30, 0, TimeSpan.Zero), Hours).ShouldBe(At("2026-03-11 18:00"));
    }

    [Fact]
    public void A_custom_budget_counts_only_service_time()
    {
        SlaClock.DueAt(At("2026-03-10 17:30"), Hours, TimeSpan.FromHours(1)).ShouldBe(At("2026-03-11 08:30"));
        SlaClock.DueAt(At("2026-03-10 09:00"), Hours, TimeSpan.FromHours(25)).ShouldBe(At("2026-03-12 14:00"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24 * 31)]
    public void A_budget_must_be_positive_and_sensible(int hours)
    {
        Should.Throw<BusinessException>(() => SlaClock.DueAt(At("2026-03-10 09:00"), Hours, TimeSpan.FromHours(hours)))
            .Code.ShouldBe(SupportErrors.InvalidServiceHours);
    }

    [Fact]
    public void Service_time_between_counts_only_open_hours()
    {
        SlaClock.ServiceTimeBetween(At("2026-03-10 17:00"), At("2026-03-11 09:00"), Hours).ShouldBe(TimeSpan.FromHours(2));
        SlaClock.ServiceTimeBetween(At("2026-03-10 19:00"), At("2026-03-11 07:00"), Hours).ShouldBe(TimeSpan.Zero);
        SlaClock.ServiceTimeBetween(At("2026-03-10 09:15"), At("2026-03-11 09:15"), Hours).ShouldBe(TimeSpan.FromHours(10));
        SlaClock.ServiceTimeBetween(At("2026-03-10 06:00"), At("2026-03-13 06:00"), Hours).ShouldBe(TimeSpan.FromHours(30));
    }

    [Fact]
    public void Service_time_past_a_deadline_is_negative()
    {
        SlaClock.ServiceTimeBetween(At("2026-03-11 09:00"), At("2026-03-10 17:00"), Hours).ShouldBe(TimeSpan.FromHours(-2));
    }

    [Fact]
    public void Service_time_between_skips_closed_days_and_honours_edited_ones()
    {
        var calendar = Hours.With(Date("2026-03-11"), null).With(Date("2026-03-12"), new ServiceHours(Time("10:00"), Time("12:00")));
        SlaClock.ServiceTimeBetween(At("2026-03-10 17:00"), At("2026-03-13 09:00"), calendar).ShouldBe(TimeSpan.FromHours(1 + 0 + 2 + 1));
    }

    [Fact]
    public void Due_time_is_exactly_the_budget_of_service_time_away()
    {
        foreach (var opened in new[] { "2026-03-10 00:00", "2026-03-10 07:59", "2026-03-10 12:34", "2026-03-10 17:59", "2026-03-10 18:01" })
            SlaClock.ServiceTimeBetween(At(opened), Due(opened), Hours).ShouldBe(SlaClock.FirstResponseBudget, opened);
    }

    [Fact]
    public void Less_than_one_service_hour_left_is_at_risk()
    {
        var due = At("2026-03-11 08:30");
        SlaClock.StateAt(At("2026-03-10 17:00"), due, null, Hours).ShouldBe(SlaState.OnTrack);   // 1 h 30 min left
        SlaClock.StateAt(At("2026-03-10 17:30"), due, null, Hours).ShouldBe(SlaState.OnTrack);   // exactly 1 h left
        SlaClock.StateAt(At("2026-03-10 20:00"), due, null, Hours).ShouldBe(SlaState.AtRisk);    // 12 wall hours, 30 service minutes
        SlaClock.StateAt(At("2026-03-11 08:30"), due, null, Hours).ShouldBe(SlaState.AtRisk);    // due now, still in time
        SlaClock.StateAt(At("2026-03-11 08:31"), due, null, Hours).ShouldBe(SlaState.Breached);
    }

    [Fact]
    public void A_response_at_or_before_the_deadline_is_in_time()
    {
        var due = At("2026-03-11 08:30");
        SlaClock.StateAt(At("2026-03-12 10:00"), due, due, Hours).ShouldBe(SlaState.RespondedInTime);
        SlaClock.StateAt(At("2026-03-12 10:00"), due, due.AddMinutes(1), Hours).ShouldBe(SlaState.RespondedLate);
        SlaClock.StateAt(At("2026-03-12 10:00"), null, null, Hours).ShouldBe(SlaState.NoSla);
    }
}
