using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using static DingPlatform.IntegrationTests.TestKit.SupportKit;

namespace DingPlatform.IntegrationTests;

/// <summary>Service hours are a provider setting the SLA clock reads; edits are validated whole.</summary>
public sealed class SupportSettingsTests(SupportDingApp app) : IClassFixture<SupportDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edited_service_hours_move_the_due_time_and_a_refused_edit_changes_nothing()
    {
        var day = app.MoveToNextDay(9, 15);
        var tenant = await app.ProfessionalTenantAsync();
        var before = await tenant.Admin.OpenTicketAsync("编辑前");
        before.Instant("firstResponseDueAt").ShouldBe(Shanghai(day.AddDays(1), 9, 15));
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var defaults = await (await staff.GetAsync("/api/host/support/settings", Ct)).JsonAsync();
        defaults.GetProperty("serviceStart").GetString().ShouldBe("08:00");
        defaults.GetProperty("serviceEnd").GetString().ShouldBe("18:00");
        defaults.GetProperty("noticePeriodHours").GetInt32().ShouldBe(72);

        // Refused whole, with codes naming the field: hours that end before they start, a date edited twice, bad times.
        (await (await staff.PutAsJsonAsync("/api/host/support/settings",
            new { serviceStart = "18:00", serviceEnd = "08:00", noticePeriodHours = 72 }, Ct))
            .ShouldBeProblem(400, "Support:InvalidServiceHours")).ErrorFields().ShouldBe(["serviceEnd"]);
        var twice = new[] { new { date = day.AddDays(1), start = (string?)null, end = (string?)null, closed = true },
            new { date = day.AddDays(1), start = (string?)"09:00", end = (string?)"12:00", closed = false } };
        await (await staff.PutAsJsonAsync("/api/host/support/settings",
            new { serviceStart = "08:00", serviceEnd = "18:00", noticePeriodHours = 72, overrides = twice }, Ct))
            .ShouldBeProblem(400, "Support:InvalidServiceHours");
        (await (await staff.PutAsJsonAsync("/api/host/support/settings",
            new { serviceStart = "8am", serviceEnd = "18:00", noticePeriodHours = 72 }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput")).ErrorFields().ShouldBe(["serviceStart"]);
        (await (await staff.PutAsJsonAsync("/api/host/support/settings",
            new
            {
                serviceStart = "08:00",
                serviceEnd = "18:00",
                noticePeriodHours = 72,
                overrides = new[] { new { date = day.AddDays(2), start = "09:00" } }
            }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput")).ErrorFields().ShouldBe(["overrides[0].end"]);
        await (await staff.PutAsJsonAsync("/api/host/support/settings",
            new { serviceStart = "08:00", serviceEnd = "18:00", noticePeriodHours = -1 }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        (await (await staff.GetAsync("/api/host/support/settings", Ct)).Content.ReadAsStringAsync(Ct)).ShouldBe(defaults.GetRawText());

        // Tomorrow closed, the day after 10:00–14:00.
        var edit = new object[]
        {
            new { date = day.AddDays(1), closed = true },
            new { date = day.AddDays(2), start = "10:00", end = "14:00" },
        };
        var saved = await (
            await staff.PutAsJsonAsync("/api/host/support/settings",
                new { serviceStart = "08:00", serviceEnd = "18:00", noticePeriodHours = 48, overrides = edit }, Ct)).JsonAsync();
        saved.GetProperty("overrides").GetArrayLength().ShouldBe(2);
        saved.GetProperty("noticePeriodHours").GetInt32().ShouldBe(48);

        // Opened today 09:15: 8h45 today, nothing tomorrow, 1h15 of the day after's 10:00–14:00.
        var after = await tenant.Admin.OpenTicketAsync("编辑后");
        after.Instant("firstResponseDueAt").ShouldBe(Shanghai(day.AddDays(2), 11, 15));
        // A deadline still running is measured again on the new hours.
        (await (await tenant.Admin.GetAsync($"/api/tenant/support/tickets/{before.Id()}", Ct)).JsonAsync()).Instant("firstResponseDueAt")
            .ShouldBe(Shanghai(day.AddDays(2), 11, 15));

        // Opened on the edited day before it opens: the clock starts at 10:00; 4 hours there, 6 the next day.
        app.MoveTo(Shanghai(day.AddDays(2), 9, 0));
        var client = await app.SignedInAsync(tenant.AdminEmail);
        (await client.OpenTicketAsync("改了时间的那天")).Instant("firstResponseDueAt").ShouldBe(Shanghai(day.AddDays(3), 14, 0));
    }
}

/// <summary>§4.1 and §4.2: announcements in both languages, refused when they come too late.</summary>
public sealed class AnnouncementTests(SupportDingApp app) : IClassFixture<SupportDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Maintenance(DateTimeOffset start, Guid[]? tenantIds = null, string[]? services = null) => new
    {
        kind = "Maintenance",
        titleZh = "系统维护",
        titleEn = "Planned maintenance",
        bodyZh = "期间消息推送暂停。",
        bodyEn = "Push messages pause meanwhile.",
        tenantIds,
        windowStart = start,
        windowEnd = start.AddHours(2),
        affectedServices = services ?? ["消息推送 Push"],
    };

    [Fact]
    public async Task Maintenance_needs_the_notice_period_a_suspension_needs_advance_notice_and_tenants_see_theirs()
    {
        app.MoveToNextDay(9, 0);
        var now = app.Clock.GetUtcNow();
        var a = await app.NewTenantAsync();
        var b = await app.NewTenantAsync();
        var staff = await app.SignedInAsync(SupportStaff);

        var tooSoon = await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddHours(71)), Ct))
            .ShouldBeProblem(422, "Support:MaintenanceNoticeTooShort");
        tooSoon.ErrorFields().ShouldBe(["windowStart"]);
        tooSoon.GetProperty("noticeHours").GetDouble().ShouldBe(72);
        var maintenance = await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddHours(72)), Ct)).JsonAsync(201);
        maintenance.GetProperty("forAllTenants").GetBoolean().ShouldBeTrue();
        maintenance.GetProperty("active").GetBoolean().ShouldBeTrue();

        var suspension = new
        {
            kind = "Suspension",
            titleZh = "暂停服务",
            titleEn = "Suspension of service",
            bodyZh = "因欠费暂停。",
            bodyEn = "Suspended for non-payment.",
            tenantIds = new[] { a.Id },
            effectiveAt = now,
        };
        (await (await staff.PostAsJsonAsync("/api/host/announcements", suspension, Ct))
            .ShouldBeProblem(422, "Support:SuspensionNotAnnouncedInAdvance"))
            .ErrorFields().ShouldBe(["effectiveAt"]);
        var toA = await (await staff.PostAsJsonAsync("/api/host/announcements", suspension with { effectiveAt = now.AddHours(1) }, Ct))
            .JsonAsync(201);
        toA.GetProperty("tenantIds").EnumerateArray().Select(t => t.GetGuid()).ShouldBe([a.Id]);

        var seenByA = await (await a.Admin.GetAsync("/api/tenant/announcements", Ct)).JsonAsync();
        seenByA.EnumerateArray().Select(x => x.Id()).ShouldBe([toA.Id(), maintenance.Id()], ignoreOrder: true);
        var banner = seenByA.EnumerateArray().Single(x => x.Id() == maintenance.Id());
        banner.GetProperty("titleZh").GetString().ShouldBe("系统维护");
        banner.GetProperty("titleEn").GetString().ShouldBe("Planned maintenance");
        banner.GetProperty("affectedServices").EnumerateArray().Single().GetString().ShouldBe("消息推送 Push");
        var seenByB = await (await b.Admin.GetAsync("/api/tenant/announcements", Ct)).JsonAsync();
        seenByB.EnumerateArray().Select(x => x.Id()).ShouldBe([maintenance.Id()]);
        seenByB.ToString().ShouldNotContain(a.Id.ToString());

        var published = await app.OutboxAsync("support.announcement-published", toA.Id());
        published.Count.ShouldBe(1);
        JsonDocument.Parse(published[0].Payload).RootElement.GetProperty("tenantIds").EnumerateArray().Single().GetGuid().ShouldBe(a.Id);

        // Withdrawn: gone from the portal, kept on record.
        await (await staff.DeleteAsync($"/api/host/announcements/{maintenance.Id()}", Ct)).ShouldBeStatus(204);
        await (await staff.DeleteAsync($"/api/host/announcements/{maintenance.Id()}", Ct))
            .ShouldBeProblem(409, "Support:InvalidTransition");
        await (await staff.DeleteAsync($"/api/host/announcements/{Guid.NewGuid()}", Ct)).ShouldBeProblem(404, "Platform:NotFound");
        (await (await b.Admin.GetAsync("/api/tenant/announcements", Ct)).JsonAsync()).GetArrayLength().ShouldBe(0);
        var listed = await (await staff.GetAsync("/api/host/announcements", Ct)).JsonAsync();
        listed.EnumerateArray().Single(x => x.Id() == maintenance.Id()).Instant("withdrawnAt").ShouldNotBeNull();

        // The notice period is the provider's setting.
        var admin = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await admin.PutAsJsonAsync("/api/host/support/settings",
            new { serviceStart = "08:00", serviceEnd = "18:00", noticePeriodHours = 24 }, Ct)).ShouldBeStatus(200);
        await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddHours(25)), Ct)).ShouldBeStatus(201);

        // Bad input: named fields, never a 500.
        (await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddDays(5), services: []), Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["affectedServices"]);
        (await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddDays(5), tenantIds: [Guid.NewGuid()]), Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["tenantIds"]);
        (await (await staff.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddDays(5), tenantIds: []), Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["tenantIds"]);
        (await (await staff.PostAsJsonAsync("/api/host/announcements",
            new { kind = "Maintenance", titleZh = "维护", titleEn = "M", bodyZh = "b", bodyEn = "b", affectedServices = new[] { "x" } }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput")).ErrorFields().ShouldBe(["windowStart"]);
        await (await staff.PostAsJsonAsync("/api/host/announcements", new { kind = "Maintenance", titleZh = "维护" }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await a.Admin.PostAsJsonAsync("/api/host/announcements", Maintenance(now.AddDays(5)), Ct)).ShouldBeStatus(403);
    }
}
