using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using static DingPlatform.IntegrationTests.TestKit.SupportKit;

namespace DingPlatform.IntegrationTests;

/// <summary>Tickets over HTTP: the SLA clock's examples, Standard without SLA, the thread and its internal
/// notes, the reopen window. Each test moves the clock to a later day of its own.</summary>
public sealed class SupportTests(SupportDingApp app) : IClassFixture<SupportDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_professional_ticket_is_due_one_service_day_later_on_the_0800_to_1800_clock()
    {
        var day = app.MoveToNextDay(9, 15);
        var tenant = await app.ProfessionalTenantAsync();
        var ticket = await tenant.Admin.OpenTicketAsync();
        ticket.Instant("firstResponseDueAt").ShouldBe(Shanghai(day.AddDays(1), 9, 15), "opened 09:15: due 09:15 the next day");
        ticket.GetProperty("slaState").GetString().ShouldBe("OnTrack");
        ticket.GetProperty("number").GetInt64().ShouldBe(1);

        day = app.MoveToNextDay(6, 30);
        var client = await app.SignedInAsync(tenant.AdminEmail);
        var early = await client.OpenTicketAsync("早上的问题");
        early.Instant("firstResponseDueAt").ShouldBe(Shanghai(day, 18, 0), "opened 06:30, before the desk opens: due 18:00 the same day");
        early.GetProperty("number").GetInt64().ShouldBe(2);

        app.MoveTo(Shanghai(day, 17, 30));
        client = await app.SignedInAsync(tenant.AdminEmail);
        (await client.OpenTicketAsync("傍晚")).Instant("firstResponseDueAt")
            .ShouldBe(Shanghai(day.AddDays(1), 17, 30), "half an hour today, 9.5 hours tomorrow");

        app.MoveTo(Shanghai(day, 21, 0));
        client = await app.SignedInAsync(tenant.AdminEmail);
        (await client.OpenTicketAsync("夜里")).Instant("firstResponseDueAt")
            .ShouldBe(Shanghai(day.AddDays(1), 18, 0), "opened after hours: the whole next service day");

        var list = await (await client.GetAsync("/api/tenant/support/tickets", Ct)).JsonAsync();
        list.EnumerateArray().Select(t => t.GetProperty("number").GetInt64()).ShouldBe([4, 3, 2, 1], "newest first");
        var account = await client.GetAsync("/api/tenant/support/account-manager", Ct);
        var manager = await account.JsonAsync();
        manager.GetProperty("email").GetString()
            .ShouldBe(SupportStaff, "the only support staff member became the account manager on payment");
    }

    [Fact]
    public async Task A_standard_tenant_opens_tickets_without_an_sla_or_account_manager()
    {
        app.MoveToNextDay(9, 15);
        var tenant = await app.NewTenantAsync();
        var ticket = await tenant.Admin.OpenTicketAsync();
        ticket.GetProperty("firstResponseDueAt").ValueKind.ShouldBe(JsonValueKind.Null);
        ticket.GetProperty("slaState").GetString().ShouldBe("NoSla");
        (await tenant.Admin.GetAsync("/api/tenant/support/account-manager", Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        (await app.OutboxAsync("support.ticket-opened", ticket.Id())).Count.ShouldBe(1);

        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var queue = await (await staff.GetAsync($"/api/host/support/tickets?tenantId={tenant.Id}", Ct)).JsonAsync();
        var row = queue.EnumerateArray().Single();
        row.GetProperty("timeLeftMinutes").ValueKind.ShouldBe(JsonValueKind.Null);
        row.GetProperty("slaState").GetString().ShouldBe("NoSla");
        row.GetProperty("tenantName").GetString().ShouldBe(tenant.Name);
    }

    [Fact]
    public async Task Internal_notes_never_reach_the_tenant_and_the_first_public_reply_is_the_first_response()
    {
        var day = app.MoveToNextDay(10, 0);
        var tenant = await app.ProfessionalTenantAsync();
        var id = (await tenant.Admin.OpenTicketAsync()).Id();
        var staff = await app.SignedInAsync(SupportStaff);

        app.MoveTo(Shanghai(day, 10, 20));
        var noted = await staff.StaffMessageAsync(id, "客户可能输错了域名 (staff only)", @internal: true);
        noted.GetProperty("firstRespondedAt").ValueKind.ShouldBe(JsonValueKind.Null, "a note is not a response");
        app.MoveTo(Shanghai(day, 10, 25));
        var replied = await staff.StaffMessageAsync(id, "请确认登录地址。", waitForCustomer: true);
        replied.Instant("firstRespondedAt").ShouldBe(Shanghai(day, 10, 25));
        replied.GetProperty("status").GetString().ShouldBe("WaitingOnCustomer");
        replied.GetProperty("slaState").GetString().ShouldBe("RespondedInTime");
        replied.GetProperty("messages").GetArrayLength().ShouldBe(2);
        (await app.OutboxAsync("support.ticket-replied", id)).Count.ShouldBe(1, "the tenant is told of the public reply only");

        var client = await app.SignedInAsync(tenant.AdminEmail);
        var seen = await (await client.GetAsync($"/api/tenant/support/tickets/{id}", Ct)).JsonAsync();
        seen.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("body").GetString()).ShouldBe(["请确认登录地址。"]);
        seen.ToString().ShouldNotContain("staff only");
        (await (await client.GetAsync("/api/tenant/support/tickets", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain("staff only");

        // The tenant's answer brings the ticket back to Open; a second staff reply does not move the first response.
        var answered =
            await (await client.PostAsJsonAsync($"/api/tenant/support/tickets/{id}/messages", new { body = "地址没问题。" }, Ct)).JsonAsync();
        answered.GetProperty("status").GetString().ShouldBe("Open");
        app.MoveTo(Shanghai(day, 11, 0));
        staff = await app.SignedInAsync(SupportStaff);
        client = await app.SignedInAsync(tenant.AdminEmail);
        (await staff.StaffMessageAsync(id, "已重置密码。")).Instant("firstRespondedAt").ShouldBe(Shanghai(day, 10, 25));
        var host = await (await staff.GetAsync($"/api/host/support/tickets/{id}", Ct)).JsonAsync();
        host.GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("isInternal").GetBoolean()).ShouldBe(1);
        host.GetProperty("accountManager").GetProperty("name").GetString().ShouldNotBeNullOrEmpty();

        // Bad input is named, not a 500.
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/messages", new { body = "" }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/status", new { status = "Open" }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await client.PostAsJsonAsync("/api/tenant/support/tickets", new { subject = "x", category = "Nope", description = "y" }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await client.PostAsJsonAsync("/api/tenant/support/tickets", new { subject = "  ", category = "Other", description = "y" },
            Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
        await (await client.PostAsync($"/api/tenant/support/tickets/{id}/messages", null, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await staff.GetAsync($"/api/host/support/tickets/{Guid.NewGuid()}", Ct)).ShouldBeProblem(404, "Platform:NotFound");
    }

    [Fact]
    public async Task A_resolved_ticket_is_closed_by_the_tenant_and_reopens_within_seven_days_only()
    {
        var day = app.MoveToNextDay(9, 0);
        var tenant = await app.NewTenantAsync();
        var id = (await tenant.Admin.OpenTicketAsync()).Id();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/status", new { status = "Resolved" }, Ct))
            .ShouldBeProblem(409, "Support:InvalidTransition");
        await staff.StaffMessageAsync(id, "已处理。");
        (await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/status", new { status = "Resolved" }, Ct)).JsonAsync())
            .GetProperty("status").GetString().ShouldBe("Resolved");
        var closed = await (await tenant.Admin.PostAsync($"/api/tenant/support/tickets/{id}/close", null, Ct)).JsonAsync();
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.Instant("reopenUntil").ShouldBe(Shanghai(day, 9, 0) + TimeSpan.FromDays(7));
        await (await tenant.Admin.PostAsJsonAsync($"/api/tenant/support/tickets/{id}/messages", new { body = "还有问题" }, Ct))
            .ShouldBeProblem(409, "Support:InvalidTransition");

        app.MoveTo(Shanghai(day, 9, 0) + TimeSpan.FromDays(7)); // exactly 7 days still counts
        var client = await app.SignedInAsync(tenant.AdminEmail);
        (await (await client.PostAsync($"/api/tenant/support/tickets/{id}/reopen", null, Ct)).JsonAsync()).GetProperty("status").GetString()
            .ShouldBe("Open");

        staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/status", new { status = "Resolved" }, Ct)).ShouldBeStatus(200);
        await (await staff.PostAsJsonAsync($"/api/host/support/tickets/{id}/status", new { status = "Closed" }, Ct)).ShouldBeStatus(200);
        var closedAt = app.Clock.GetUtcNow();
        app.MoveTo(closedAt + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        client = await app.SignedInAsync(tenant.AdminEmail);
        var refused = await (await client.PostAsync($"/api/tenant/support/tickets/{id}/reopen", null, Ct))
            .ShouldBeProblem(409, "Support:ReopenWindowPassed");
        refused.GetProperty("reopenUntil").GetDateTimeOffset().ShouldBe(closedAt + TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task Attachments_over_10_MB_or_of_a_forbidden_type_are_refused_with_codes_and_nothing_is_kept()
    {
        app.MoveToNextDay(9, 0);
        var tenant = await app.NewTenantAsync();
        var id = (await tenant.Admin.OpenTicketAsync()).Id();
        var pdf = "%PDF-1.4 test"u8.ToArray();

        var stored = await (await tenant.Admin.UploadAsync(id, "截图 report.pdf", "application/pdf", pdf)).JsonAsync(201);
        stored.GetProperty("sizeBytes").GetInt64().ShouldBe(pdf.Length);
        var download = await tenant.Admin.GetAsync($"/api/tenant/support/tickets/{id}/attachments/{stored.Id()}", Ct);
        await download.ShouldBeStatus(200);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        (await (await tenant.Admin.UploadAsync(id, "big.zip", "application/zip", tooLarge))
            .ShouldBeProblem(400, "Support:AttachmentTooLarge"))
            .ErrorFields().ShouldBe(["file.sizeBytes"]);
        await (await tenant.Admin.UploadAsync(id, "tool.exe", "application/x-msdownload", [1, 2, 3]))
            .ShouldBeProblem(400, "Support:AttachmentTypeNotAllowed");
        await (await tenant.Admin.UploadAsync(id, "report.pdf", "application/x-msdownload", [1, 2, 3]))
            .ShouldBeProblem(400, "Support:AttachmentTypeNotAllowed");
        // Only multipart/form-data with a "file" field: anything else is refused with a code.
        await (await tenant.Admin.PostAsJsonAsync($"/api/tenant/support/tickets/{id}/attachments", new { file = "x" }, Ct))
            .ShouldBeProblem(400, "Support:AttachmentMissing");
        var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        await (await tenant.Admin.PostAsync($"/api/tenant/support/tickets/{id}/attachments", noFile, Ct))
            .ShouldBeProblem(400, "Support:AttachmentMissing");
        await (await tenant.Admin.GetAsync($"/api/tenant/support/tickets/{id}/attachments/not-a-guid", Ct))
            .ShouldBeProblem(404, "Platform:NotFound");

        // A body far over the limit is cut off by the server while it is read.
        try
        {
            var response = await tenant.Admin.UploadAsync(id, "huge.zip", "application/zip", new byte[12 * 1024 * 1024]);
            ((int)response.StatusCode).ShouldBe(413);
        }
        catch (HttpRequestException) { /* the server may close the connection before the client has sent everything */ }

        var ticket = await (await tenant.Admin.GetAsync($"/api/tenant/support/tickets/{id}", Ct)).JsonAsync();
        ticket.GetProperty("attachments").GetArrayLength().ShouldBe(1);
        Directory.GetFiles(app.FilesPath, "*", SearchOption.AllDirectories).Length.ShouldBe(1, "refused files are never stored");
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        (await (await staff.GetAsync($"/api/host/support/tickets/{id}/attachments/{stored.Id()}", Ct)).Content.ReadAsByteArrayAsync(Ct))
            .ShouldBe(pdf);
    }
}
