using DingPlatform.Platform.Errors;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using static DingPlatform.UnitTests.Support.Shanghai;

namespace DingPlatform.UnitTests.Support;

/// <summary>Provider announcements: planned maintenance announced in advance (§4.1), a suspension announced
/// before it starts (§4.2), both languages required, and an audience.</summary>
public sealed class AnnouncementTests
{
    private static readonly LocalizedText Title = new("系统维护通知", "Planned maintenance");
    private static readonly LocalizedText Body = new("周六凌晨进行数据库升级。", "Database upgrade early Saturday.");
    private static readonly DateTimeOffset Now = At("2026-03-10 10:00");
    private static readonly Guid TenantA = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid TenantB = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static Announcement Maintenance(string start = "2026-03-14 02:00", string end = "2026-03-14 04:00",
        AnnouncementAudience? audience = null) =>
        Announcement.Draft(AnnouncementKind.Maintenance, Title, Body, audience ?? AnnouncementAudience.AllTenants, At(start), At(end),
            ["chat", "drive"], Now);

    private static Announcement Suspension(string effective, string? resumes = null) =>
        Announcement.Draft(AnnouncementKind.Suspension, Title, Body, AnnouncementAudience.AllTenants, At(effective),
            resumes is null ? null : At(resumes), [], Now);

    private static Announcement General(DateTimeOffset? expires = null) =>
        Announcement.Draft(AnnouncementKind.General, Title, Body, AnnouncementAudience.AllTenants, null, expires, null, Now);

    [Fact]
    public void Maintenance_published_72_hours_ahead_is_accepted()
    {
        var announcement = Maintenance(start: "2026-03-13 10:00", end: "2026-03-13 12:00");
        announcement.Publish(Now);
        announcement.PublishedAt.ShouldBe(Now);
    }

    [Fact]
    public void Maintenance_with_less_notice_than_the_period_is_refused()
    {
        var announcement = Maintenance(start: "2026-03-13 09:59", end: "2026-03-13 12:00");
        var error = Should.Throw<BusinessException>(() => announcement.Publish(Now));
        error.Code.ShouldBe(SupportErrors.MaintenanceNoticeTooShort);
        error.Details["earliestStart"].ShouldBe(At("2026-03-13 10:00"));
        announcement.PublishedAt.ShouldBeNull();
    }

    [Fact]
    public void The_notice_period_is_the_providers_setting()
    {
        Should.Throw<BusinessException>(() => Maintenance(start: "2026-03-14 02:00").Publish(Now, TimeSpan.FromDays(7)))
            .Code.ShouldBe(SupportErrors.MaintenanceNoticeTooShort);
        Should.NotThrow(() => Maintenance(start: "2026-03-10 22:00", end: "2026-03-10 23:00").Publish(Now, TimeSpan.FromHours(12)));
    }

    [Fact]
    public void A_suspension_must_be_announced_before_it_takes_effect()
    {
        Should.NotThrow(() => Suspension("2026-03-10 10:01").Publish(Now));
        Should.Throw<BusinessException>(() => Suspension("2026-03-10 10:00").Publish(Now))
            .Code.ShouldBe(SupportErrors.SuspensionNotAnnouncedInAdvance);
        Should.Throw<BusinessException>(() => Suspension("2026-03-09 10:00").Publish(Now))
            .Code.ShouldBe(SupportErrors.SuspensionNotAnnouncedInAdvance);
    }

    [Fact]
    public void A_window_ends_after_it_starts()
    {
        Should.Throw<InputException>(() => Maintenance(start: "2026-03-14 04:00", end: "2026-03-14 04:00")).Field.ShouldBe("endsAt");
        Should.Throw<InputException>(() => Suspension("2026-03-14 04:00", resumes: "2026-03-14 03:00")).Field.ShouldBe("endsAt");
    }

    [Fact]
    public void Maintenance_names_its_window_and_the_services_it_affects()
    {
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.Maintenance, Title, Body, AnnouncementAudience.AllTenants,
            null, At("2026-03-14 04:00"), ["chat"], Now)).Field.ShouldBe("startsAt");
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.Maintenance, Title, Body, AnnouncementAudience.AllTenants,
            At("2026-03-14 02:00"), null, ["chat"], Now)).Field.ShouldBe("endsAt");
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.Maintenance, Title, Body, AnnouncementAudience.AllTenants,
            At("2026-03-14 02:00"), At("2026-03-14 04:00"), [], Now)).Field.ShouldBe("affectedServices");
        Maintenance().AffectedServices.ShouldBe(["chat", "drive"]);
    }

    [Fact]
    public void Title_and_body_are_required_in_both_languages()
    {
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.General, new LocalizedText("维护", " "), Body,
            AnnouncementAudience.AllTenants, null, null, null, Now)).Field.ShouldBe("title.enUS");
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.General, Title, new LocalizedText("", "Body"),
            AnnouncementAudience.AllTenants, null, null, null, Now)).Field.ShouldBe("body.zhCN");
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.General, new LocalizedText(new string('维', 201), "x"), Body,
            AnnouncementAudience.AllTenants, null, null, null, Now)).Field.ShouldBe("title.zhCN");
    }

    [Fact]
    public void A_reader_gets_the_text_in_their_language()
    {
        Title.In("en-US").ShouldBe("Planned maintenance");
        Title.In("en").ShouldBe("Planned maintenance");
        Title.In("zh-CN").ShouldBe("系统维护通知");
        Title.In(null).ShouldBe("系统维护通知");
    }

    [Fact]
    public void An_audience_is_every_tenant_or_a_non_empty_list()
    {
        var listed = Maintenance(audience: AnnouncementAudience.Tenants([TenantA, TenantA]));
        listed.IsFor(TenantA).ShouldBeTrue();
        listed.IsFor(TenantB).ShouldBeFalse();
        listed.TenantIds.ShouldBe([TenantA]);
        Maintenance().IsFor(TenantB).ShouldBeTrue();
        Should.Throw<InputException>(() => AnnouncementAudience.Tenants([])).Field.ShouldBe("audience.tenantIds");
        AnnouncementAudience.Tenants([TenantB, TenantA]).ShouldBe(AnnouncementAudience.Tenants([TenantA, TenantB]));
    }

    [Fact]
    public void A_published_announcement_is_active_until_its_window_ends()
    {
        var announcement = Maintenance(start: "2026-03-14 02:00", end: "2026-03-14 04:00");
        announcement.IsActive(Now).ShouldBeFalse(); // a draft shows nowhere
        announcement.Publish(Now);
        announcement.IsActive(Now).ShouldBeTrue();   // the warning shows before the window
        announcement.IsActive(At("2026-03-14 03:00")).ShouldBeTrue();
        announcement.IsActive(At("2026-03-14 04:00")).ShouldBeFalse();
    }

    [Fact]
    public void A_general_announcement_shows_until_it_expires_or_forever()
    {
        var expiring = General(At("2026-03-20 00:00"));
        expiring.Publish(Now);
        expiring.IsActive(At("2026-03-19 23:59")).ShouldBeTrue();
        expiring.IsActive(At("2026-03-20 00:00")).ShouldBeFalse();
        var open = General();
        open.Publish(Now);
        open.IsActive(At("2030-01-01 00:00")).ShouldBeTrue();
        Should.Throw<InputException>(() => General(At("2026-03-10 09:00")).Publish(Now)).Field.ShouldBe("endsAt");
    }

    [Fact]
    public void A_suspension_without_an_end_stays_active_until_withdrawn()
    {
        var suspension = Suspension("2026-03-11 00:00");
        suspension.Publish(Now);
        suspension.IsActive(At("2027-01-01 00:00")).ShouldBeTrue();
        suspension.Withdraw(At("2027-01-02 00:00"));
        suspension.IsActive(At("2027-01-02 00:00")).ShouldBeFalse();
    }

    [Fact]
    public void A_general_announcement_has_no_start()
    {
        Should.Throw<InputException>(() => Announcement.Draft(AnnouncementKind.General, Title, Body, AnnouncementAudience.AllTenants,
            Now, null, null, Now)).Field.ShouldBe("startsAt");
    }

    [Fact]
    public void A_draft_is_revised_but_a_published_announcement_is_not()
    {
        var announcement = Maintenance(start: "2026-03-14 02:00", end: "2026-03-14 04:00");
        announcement.Revise(AnnouncementKind.Maintenance, Title, Body, AnnouncementAudience.AllTenants, At("2026-03-15 02:00"),
            At("2026-03-15 05:00"), ["chat"]);
        announcement.StartsAt.ShouldBe(At("2026-03-15 02:00"));
        announcement.Publish(Now);
        Should.Throw<BusinessException>(
            () => announcement.Revise(AnnouncementKind.Maintenance, Title, Body, AnnouncementAudience.AllTenants,
            At("2026-03-16 02:00"), At("2026-03-16 05:00"), ["chat"])).Code.ShouldBe(SupportErrors.InvalidTransition);
        Should.Throw<BusinessException>(() => announcement.Publish(Now)).Code.ShouldBe(SupportErrors.InvalidTransition);
    }

    [Fact]
    public void Only_a_published_announcement_is_withdrawn_and_only_once()
    {
        Should.Throw<BusinessException>(() => Maintenance().Withdraw(Now)).Code.ShouldBe(SupportErrors.InvalidTransition);
        var announcement = Maintenance();
        announcement.Publish(Now);
        announcement.Withdraw(At("2026-03-11 10:00"));
        announcement.IsActive(At("2026-03-11 10:00")).ShouldBeFalse();
        Should.Throw<BusinessException>(() => announcement.Withdraw(At("2026-03-11 11:00"))).Code.ShouldBe(SupportErrors.InvalidTransition);
    }

    [Fact]
    public void Times_are_stored_in_utc()
    {
        var announcement = Maintenance(start: "2026-03-14 02:00");
        announcement.StartsAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        announcement.StartsAt.ShouldBe(new DateTimeOffset(2026, 3, 13, 18, 0, 0, TimeSpan.Zero));
    }
}
