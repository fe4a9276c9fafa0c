using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Support.Features.FlagBreaches;
using DingPlatform.Support.Jobs;
using Microsoft.Extensions.DependencyInjection;
using static DingPlatform.IntegrationTests.TestKit.SupportKit;

namespace DingPlatform.IntegrationTests;

/// <summary>The breach job, the queue's order and flags, and the month's SLA record.</summary>
public sealed class SupportSlaTests(SupportDingApp app) : IClassFixture<SupportDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> FlagAsync() => app.RunJobAsync<FlagBreaches>(j => j.RunAsync(Ct));

    [Fact]
    public async Task Breaches_are_flagged_and_escalated_exactly_once_however_often_or_late_the_job_runs()
    {
        var day = app.MoveToNextDay(9, 15);
        var tenant = await app.ProfessionalTenantAsync();
        var standard = await app.NewTenantAsync();
        var first = (await tenant.Admin.OpenTicketAsync("第一")).Id();
        app.MoveTo(Shanghai(day, 10, 0));
        var client = await app.SignedInAsync(tenant.AdminEmail);
        var second = (await client.OpenTicketAsync("第二")).Id();
        var noSla = (await (await app.SignedInAsync(standard.AdminEmail)).OpenTicketAsync("标准")).Id();

        // Just before the first deadline nothing is due; the job runs through the registered entry point too.
        app.MoveTo(Shanghai(day.AddDays(1), 9, 15));
        (await FlagAsync()).ShouldBe(0, "a deadline is breached only once it has passed");
        app.MoveTo(Shanghai(day.AddDays(1), 9, 15, 30));
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SlaBreachJob>().RunAsync(Ct);
        (await FlagAsync()).ShouldBe(0, "the second run finds nothing new");
        client = await app.SignedInAsync(tenant.AdminEmail);
        var third = (await client.OpenTicketAsync("第三")).Id();

        var staff = await app.SignedInAsync(SupportStaff);
        var queue = (await (await staff.GetAsync($"/api/host/support/tickets?tenantId={tenant.Id}", Ct)).JsonAsync())
            .EnumerateArray().ToList();
        queue.Select(t => t.Id()).ShouldBe([first, second, third], "breached first, then by service time left");
        queue[0].GetProperty("breached").GetBoolean().ShouldBeTrue();
        queue[0].GetProperty("timeLeftMinutes").GetInt32().ShouldBeLessThan(0);
        queue[1].GetProperty("atRisk").GetBoolean().ShouldBeTrue();
        queue[1].GetProperty("timeLeftMinutes").GetInt32().ShouldBe(44, "44.5 service minutes to 10:00");
        queue[2].GetProperty("atRisk").GetBoolean().ShouldBeFalse();
        queue[2].GetProperty("timeLeftMinutes").GetInt32().ShouldBe(600);
        var all = (await (await staff.GetAsync("/api/host/support/tickets", Ct)).JsonAsync()).EnumerateArray().Select(t => t.Id()).ToList();
        all.Last().ShouldBe(noSla, "tickets without a deadline come last");

        // Late: the second deadline passed hours ago when the job finally runs. Its breach is the deadline, not the run.
        app.MoveTo(Shanghai(day.AddDays(1), 13, 0));
        (await FlagAsync()).ShouldBe(1);
        (await FlagAsync()).ShouldBe(0);
        staff = await app.SignedInAsync(SupportStaff);
        var late = await (await staff.GetAsync($"/api/host/support/tickets/{second}", Ct)).JsonAsync();
        late.Instant("breachedAt").ShouldBe(Shanghai(day.AddDays(1), 10, 0));
        late.Instant("escalatedAt").ShouldBe(Shanghai(day.AddDays(1), 13, 0));
        late.GetProperty("slaState").GetString().ShouldBe("Breached");

        foreach (var id in new[] { first, second })
        {
            var events = await app.OutboxAsync("support.sla-breached", id);
            events.Count.ShouldBe(1, "escalated exactly once");
            events[0].TenantId.ShouldBeNull("an escalation is a host-side fact, not sent to the tenant's channels");
            var payload = JsonDocument.Parse(events[0].Payload).RootElement;
            payload.GetProperty("accountManagerUserId").GetGuid().ShouldNotBe(Guid.Empty);
            payload.GetProperty("ticketTenantId").GetGuid().ShouldBe(tenant.Id);
        }
        (await app.OutboxAsync("support.sla-breached", third)).ShouldBeEmpty();

        // A staff reply in time on the third, a late one on the first; the month's record counts them.
        await staff.StaffMessageAsync(third, "马上处理。");
        (await staff.StaffMessageAsync(first, "抱歉回复晚了。")).GetProperty("slaState").GetString().ShouldBe("RespondedLate");
        (await FlagAsync()).ShouldBe(0, "an answered ticket has nothing left to escalate");
        var month = $"{day:yyyy-MM}";
        var report = await (await staff.GetAsync($"/api/host/support/sla?month={month}", Ct)).JsonAsync();
        var row = report.EnumerateArray().Single(r => r.GetProperty("tenantId").GetGuid() == tenant.Id);
        row.GetProperty("tickets").GetInt32().ShouldBe(3);
        row.GetProperty("firstResponsesInTime").GetInt32().ShouldBe(1);
        row.GetProperty("breaches").GetInt32().ShouldBe(2);
        row.GetProperty("tenantName").GetString().ShouldBe(tenant.Name);
        var std = report.EnumerateArray().Single(r => r.GetProperty("tenantId").GetGuid() == standard.Id);
        std.GetProperty("tickets").GetInt32().ShouldBe(1);
        std.GetProperty("withSla").GetInt32().ShouldBe(0);
        (await (await staff.GetAsync("/api/host/support/sla?month=2027-13", Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["month"]);
        (await (await staff.GetAsync("/api/host/support/sla?month=2026-01", Ct)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Staff_assign_tickets_in_bulk_and_the_queue_filters_by_assignee()
    {
        app.MoveToNextDay(9, 0);
        var tenant = await app.NewTenantAsync();
        var a = (await tenant.Admin.OpenTicketAsync("甲")).Id();
        var b = (await tenant.Admin.OpenTicketAsync("乙")).Id();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var supportId = (await (await staff.GetAsync("/api/host/support/staff", Ct)).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("email").GetString() == SupportStaff).Id();

        (await (await staff.PostAsJsonAsync("/api/host/support/tickets/assign", new { ticketIds = new[] { a, b }, assigneeId = supportId },
            Ct)).JsonAsync())
            .GetProperty("assigned").GetInt32().ShouldBe(2);
        var mine = await (await staff.GetAsync($"/api/host/support/tickets?assigneeId={supportId}", Ct)).JsonAsync();
        mine.EnumerateArray().Select(t => t.Id()).ShouldBe([a, b], ignoreOrder: true);
        mine.EnumerateArray().First().GetProperty("assignee").GetProperty("id").GetGuid().ShouldBe(supportId);
        var load = (await (await staff.GetAsync("/api/host/support/staff", Ct)).JsonAsync()).EnumerateArray()
            .Single(s => s.Id() == supportId);
        load.GetProperty("openTickets").GetInt32().ShouldBeGreaterThanOrEqualTo(2);

        // All or nothing: an unknown ticket or someone who is not support staff changes nothing.
        var adminId = Guid.Parse((await (await staff.GetAsync("/api/me", Ct)).JsonAsync()).GetProperty("userId").GetString()!);
        await (await staff.PostAsJsonAsync("/api/host/support/tickets/assign", new { ticketIds = new[] { a }, assigneeId = adminId }, Ct))
            .ShouldBeProblem(400, "Support:NotSupportStaff");
        await (await staff.PostAsJsonAsync("/api/host/support/tickets/assign",
            new { ticketIds = new[] { a, Guid.NewGuid() }, assigneeId = (Guid?)null }, Ct)).ShouldBeProblem(404, "Platform:NotFound");
        await (await staff.PostAsJsonAsync("/api/host/support/tickets/assign",
            new { ticketIds = Array.Empty<Guid>(), assigneeId = supportId }, Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
        await (await staff.GetAsync("/api/host/support/tickets?status=Nope", Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
        (await (await staff.GetAsync($"/api/host/support/tickets?assigneeId={supportId}", Ct)).JsonAsync()).GetArrayLength().ShouldBe(2);
    }
}
