using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Timing;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.IntegrationTests;

public sealed class CalendarTests(DingApp app) : IClassFixture<DingApp>
{
    private const string Billing = "billing@dingplatform.local";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> DeadlineAsync(HttpClient client, string from, int days) =>
        await (await client.GetAsync($"/api/host/calendar/deadline?from={from}&days={days}", Ct)).JsonAsync();

    private static int[] Years(JsonElement preview)
        => preview.GetProperty("yearsWithoutData").EnumerateArray().Select(y => y.GetInt32()).ToArray();

    [Fact]
    public async Task The_seeded_years_are_listed_with_data_and_the_next_year_without()
    {
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var years = (await (await staff.GetAsync("/api/host/calendar/years", Ct)).JsonAsync()).EnumerateArray()
            .ToDictionary(y => y.GetProperty("year").GetInt32());
        foreach (var seeded in new[] { 2024, 2025, 2026 })
        {
            years[seeded].GetProperty("hasData").GetBoolean().ShouldBeTrue();
            years[seeded].GetProperty("offDays").GetInt32().ShouldBeGreaterThan(15);
            years[seeded].GetProperty("makeUpWorkdays").GetInt32().ShouldBeGreaterThan(3);
            years[seeded].GetProperty("source").GetString()!.ShouldStartWith("https://www.gov.cn/");
        }
        // The year after this one is listed so staff see it is missing; the one after that is not listed.
        var next = app.Clock.Today().Year + 1;
        years[next].GetProperty("hasData").GetBoolean().ShouldBeFalse();
        years[next].GetProperty("source").ValueKind.ShouldBe(JsonValueKind.Null);
        years.ShouldNotContainKey(next + 1);

        var y2026 = await (await staff.GetAsync("/api/host/calendar/2026", Ct)).JsonAsync();
        y2026.GetProperty("hasData").GetBoolean().ShouldBeTrue();
        var days = y2026.GetProperty("days").EnumerateArray()
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("isOffDay").GetBoolean());
        days["2026-10-01"].ShouldBeTrue();
        days["2026-02-14"].ShouldBeFalse();
        (await (await staff.GetAsync($"/api/host/calendar/{next + 1}", Ct)).JsonAsync()).GetProperty("days").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Billing_previews_the_invoice_deadline_of_a_payment_on_24_september_2026()
    {
        var billing = await app.SignedInAsync(Billing);
        var preview = await DeadlineAsync(billing, "2026-09-24", 5);
        preview.GetProperty("deadline").GetString().ShouldBe("2026-10-09");
        preview.GetProperty("from").GetString().ShouldBe("2026-09-24");
        preview.GetProperty("days").GetInt32().ShouldBe(5);
        Years(preview).ShouldBeEmpty();

        (await DeadlineAsync(billing, "2026-09-24", 0)).GetProperty("deadline").GetString().ShouldBe("2026-09-24");
        (await (await billing.GetAsync("/api/host/calendar/deadline?from=2026-09-24&days=-1", Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["days"]);
        await (await billing.GetAsync("/api/host/calendar/deadline?from=someday&days=5", Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
    }

    [Fact]
    public async Task Staff_enter_the_next_year_and_the_deadline_moves()
    {
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        // Without 2027 data, Friday 1 January 2027 counts: 12/31, 1/1, 1/4, 1/5, 1/6.
        var before = await DeadlineAsync(staff, "2026-12-30", 5);
        before.GetProperty("deadline").GetString().ShouldBe("2027-01-06");
        Years(before).ShouldBe([2027]);
        try
        {
            var body = new
            {
                source = "https://example.gov.cn/2027",
                days = new[] { new { date = "2027-01-01", isOffDay = true, name = "元旦" } }
            };
            var saved = await (await staff.PutAsJsonAsync("/api/host/calendar/2027", body, Ct)).JsonAsync();
            saved.GetProperty("hasData").GetBoolean().ShouldBeTrue();
            saved.GetProperty("days").GetArrayLength().ShouldBe(1);

            var after = await DeadlineAsync(staff, "2026-12-30", 5);
            after.GetProperty("deadline").GetString().ShouldBe("2027-01-07");
            Years(after).ShouldBeEmpty();

            // A second edit of the same year is seen too (the cached year is dropped on every change).
            var more = new
            {
                source = "https://example.gov.cn/2027",
                days = new[]
            {
                new { date = "2027-01-01", isOffDay = true, name = "元旦" },
                new { date = "2027-01-04", isOffDay = true, name = "测试假日" },
            }
            };
            await (await staff.PutAsJsonAsync("/api/host/calendar/2027", more, Ct)).ShouldBeStatus(200);
            (await DeadlineAsync(staff, "2026-12-30", 5)).GetProperty("deadline").GetString().ShouldBe("2027-01-08");

            var audit = await app.DbAsync(db => db.Set<AuditEntry>().Where(a => a.Action == "Calendar.YearReplaced").ToListAsync(Ct));
            audit.Count.ShouldBe(2);
            audit.ShouldAllBe(a => a.TenantId == null && a.Actor == DingApp.ProviderAdmin);
        }
        finally
        {
            await (await staff.DeleteAsync("/api/host/calendar/2027", Ct)).ShouldBeStatus(204);
        }
        (await DeadlineAsync(staff, "2026-12-30", 5)).GetProperty("deadline").GetString().ShouldBe("2027-01-06");
        await (await staff.DeleteAsync("/api/host/calendar/2027", Ct)).ShouldBeProblem(404, "Calendar:YearNotFound");
    }

    [Fact]
    public async Task Bad_days_are_refused_naming_the_field_and_nothing_changes()
    {
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var before = (await (await staff.GetAsync("/api/host/calendar/2026", Ct)).JsonAsync()).GetRawText();
        var auditBefore = await app.DbAsync(db => db.Set<AuditEntry>().CountAsync(Ct));
        var holiday = new { date = "2026-10-01", isOffDay = (bool?)true, name = (string?)"国庆节" };

        async Task<string[]> RefusedAsync(object body, int year = 2026) =>
            (await (await staff.PutAsJsonAsync($"/api/host/calendar/{year}", body, Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
                .ErrorFields();

        // A Wednesday marked as working says nothing: it works anyway.
        (await RefusedAsync(new { source = "x", days = new[] { holiday, holiday with { date = "2026-09-23", isOffDay = false } } }))
            .ShouldBe(["days[1].isOffDay"]);
        // A Saturday marked off says nothing either.
        (await RefusedAsync(new { source = "x", days = new[] { holiday with { date = "2026-10-03" } } })).ShouldBe(["days[0].isOffDay"]);
        (await RefusedAsync(new { source = "x", days = new[] { holiday, holiday } })).ShouldBe(["days[1].date"]);
        (await RefusedAsync(new { source = "x", days = new[] { holiday with { date = "2027-10-01" } } })).ShouldBe(["days[0].date"]);
        (await RefusedAsync(new { source = "x", days = new[] { holiday with { name = new string('节', 51) } } })).ShouldBe(["days[0].name"]);
        (await RefusedAsync(new { source = "x", days = new[] { holiday with { name = null } } })).ShouldBe(["days[0].name"]);
        (await RefusedAsync(new { source = "x", days = new[] { holiday with { isOffDay = null } } })).ShouldBe(["days[0].isOffDay"]);
        (await RefusedAsync(new { source = "x", days = Array.Empty<object>() })).ShouldBe(["days"]);
        (await RefusedAsync(new { days = new[] { holiday } })).ShouldBe(["source"]);
        await (await staff.PutAsJsonAsync("/api/host/calendar/1999",
            new { source = "x", days = new[] { holiday with { date = "1999-10-01" } } }, Ct))
            .ShouldBeProblem(400, "Calendar:YearOutOfRange");

        (await (await staff.GetAsync("/api/host/calendar/2026", Ct)).JsonAsync()).GetRawText().ShouldBe(before);
        (await app.DbAsync(db => db.Set<AuditEntry>().CountAsync(Ct))).ShouldBe(auditBefore);
    }

    [Fact]
    public async Task Only_provider_admins_and_billing_manage_the_calendar()
    {
        var tenant = await app.SignedInAsync(DingApp.DemoTenantAdmin);
        await (await tenant.GetAsync("/api/host/calendar/years", Ct)).ShouldBeStatus(403);
        await (await tenant.GetAsync("/api/host/calendar/deadline?from=2026-09-24&days=5", Ct)).ShouldBeStatus(403);
        await (await tenant.PutAsJsonAsync("/api/host/calendar/2027",
            new { source = "x", days = new[] { new { date = "2027-01-01", isOffDay = true, name = "元旦" } } }, Ct)).ShouldBeStatus(403);
        await (await tenant.DeleteAsync("/api/host/calendar/2026", Ct)).ShouldBeStatus(403);
        await (await app.Anonymous().GetAsync("/api/host/calendar/years", Ct)).ShouldBeStatus(401);
        await (await app.Anonymous().GetAsync("/api/host/calendar/2026", Ct)).ShouldBeStatus(401);

        var support = await app.SignedInAsync("support@dingplatform.local");
        await (await support.GetAsync("/api/host/calendar/years", Ct)).ShouldBeStatus(403);
        var billing = await app.SignedInAsync(Billing);
        await (await billing.GetAsync("/api/host/calendar/years", Ct)).ShouldBeStatus(200);
        (await app.DbAsync(db => db.Set<Calendar.Domain.CalendarYear>().CountAsync(Ct))).ShouldBe(3);
    }
}
