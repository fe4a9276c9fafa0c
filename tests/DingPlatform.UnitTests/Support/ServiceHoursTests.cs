using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

/// <summary>The service hours behind the SLA clock (A1: 7 × 10 h, 08:00–18:00), kept as data staff can edit.</summary>
public sealed class ServiceHoursTests
{
    [Fact]
    public void The_default_is_0800_to_1800_every_day()
    {
        ServiceHours.Default.Start.ShouldBe(Time("08:00"));
        ServiceHours.Default.End.ShouldBe(Time("18:00"));
        ServiceHours.Default.Length.ShouldBe(TimeSpan.FromHours(10));
        for (var d = Date("2026-03-09"); d <= Date("2026-03-15"); d = d.AddDays(1))
            ServiceCalendar.Standard.HoursOn(d).ShouldBe(ServiceHours.Default, d.DayOfWeek.ToString());
    }

    [Theory]
    [InlineData("18:00", "08:00")]
    [InlineData("09:00", "09:00")]
    public void Hours_that_do_not_end_after_they_start_are_refused(string start, string end)
    {
        Should.Throw<BusinessException>(() => new ServiceHours(Time(start), Time(end))).Code.ShouldBe(SupportErrors.InvalidServiceHours);
    }

    [Fact]
    public void An_edited_date_has_its_own_hours_or_is_closed()
    {
        var calendar = new ServiceCalendar(ServiceHours.Default, [
            new ServiceDay(Date("2026-10-01"), new ServiceHours(Time("10:00"), Time("16:00"))),
            ServiceDay.Closed(Date("2026-10-02")),
        ]);
        calendar.HoursOn(Date("2026-10-01")).ShouldBe(new ServiceHours(Time("10:00"), Time("16:00")));
        calendar.HoursOn(Date("2026-10-02")).ShouldBeNull();
        calendar.HoursOn(Date("2026-10-03")).ShouldBe(ServiceHours.Default);
    }

    [Fact]
    public void Editing_a_date_twice_in_one_calendar_is_refused()
    {
        Should.Throw<BusinessException>(() => new ServiceCalendar(ServiceHours.Default,
                [ServiceDay.Closed(Date("2026-10-02")), new ServiceDay(Date("2026-10-02"), ServiceHours.Default)]))
            .Code.ShouldBe(SupportErrors.InvalidServiceHours);
    }

    [Fact]
    public void With_replaces_an_edit_and_leaves_the_original_calendar_alone()
    {
        var closed = ServiceCalendar.Standard.With(Date("2026-10-02"), null);
        var reopened = closed.With(Date("2026-10-02"), ServiceHours.Default);
        closed.HoursOn(Date("2026-10-02")).ShouldBeNull();
        reopened.HoursOn(Date("2026-10-02")).ShouldBe(ServiceHours.Default);
        ServiceCalendar.Standard.Overrides.ShouldBeEmpty();
    }
}
