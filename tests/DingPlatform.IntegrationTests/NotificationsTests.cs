using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.IntegrationTests;

/// <summary>In-app notifications rendered per reader, members' preferences, and the console's mail log and outbox
/// on a host without SMTP settings (nothing is sent; the log says NotConfigured).</summary>
public sealed class NotificationsTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<System.Text.Json.JsonElement> NotificationsAsync(HttpClient client, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tenant/notifications");
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await client.SendAsync(request, Ct)).JsonAsync();
    }

    [Fact]
    public async Task Subscription_activated_is_in_the_inbox_in_the_readers_language()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        await app.DeliverOutboxAsync(Ct);
        var start = app.ShanghaiToday();

        var zh = (await NotificationsAsync(tenant.Admin, "zh-CN,zh;q=0.9")).EnumerateArray()
            .Single(n => n.GetProperty("kind").GetString() == "subscription.activated");
        zh.GetProperty("title").GetString()!.ShouldStartWith($"专业版已开通：{start:yyyy年M月d日} 至 ");
        var en = (await NotificationsAsync(tenant.Admin, "en-US,en;q=0.8")).EnumerateArray()
            .Single(n => n.GetProperty("kind").GetString() == "subscription.activated");
        en.GetProperty("title").GetString()!.ShouldStartWith($"Professional is active: {start:yyyy-MM-dd} to ");
        en.GetProperty("body").GetString()!.ShouldStartWith("Your Professional subscription is active from");
        (await NotificationsAsync(tenant.Admin, "en-US"))
            .EnumerateArray().ShouldContain(n => n.GetProperty("title").GetString()!.StartsWith("Payment received for order"));

        // No header: the reader's saved language, else zh-CN.
        (await NotificationsAsync(tenant.Admin, null)).EnumerateArray()
            .ShouldContain(n => n.GetProperty("title").GetString()!.StartsWith("专业版已开通"));
        var me = (await (await tenant.Admin.GetAsync("/api/me", Ct)).JsonAsync()).GetProperty("userId").GetString();
        await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{me}", new { language = "en-US" },
            Ct)).JsonAsync();
        (await NotificationsAsync(tenant.Admin, null)).EnumerateArray()
            .ShouldContain(n => n.GetProperty("title").GetString()!.StartsWith("Professional is active"));

        // Delivered once: another run writes no second notification.
        await app.DeliverOutboxAsync(Ct);
        (await NotificationsAsync(tenant.Admin, null)).EnumerateArray()
            .Count(n => n.GetProperty("kind").GetString() == "subscription.activated").ShouldBe(1);
    }

    [Fact]
    public async Task Without_smtp_settings_mail_is_logged_as_not_configured_and_the_console_shows_it()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await app.BuyAsync(tenant);
        await app.DeliverOutboxAsync(Ct);
        var number = order.GetProperty("number").GetString()!;

        // A paid order tells the admin twice (payment received, subscription active); Support may add its own mail.
        var rows = await app.DbAsync(db => db.Set<MailLog>()
            .Where(m => m.To == tenant.AdminEmail)
            .Where(m => m.EventType == "order.paid" || m.EventType == "subscription.activated")
            .ToListAsync(Ct));
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(m => m.Status == MailStatus.NotConfigured && m.Language == "zh-CN");

        foreach (var who in new[] { DingApp.ProviderAdmin, "support@dingplatform.local" })
        {
            var staff = await app.SignedInAsync(who);
            var log = await (await staff.GetAsync("/api/host/notifications/mail-log?page=1&size=200", Ct)).JsonAsync();
            log.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
            var paid = log.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("subject").GetString() == $"已收到订单 {number} 的付款");
            paid.GetProperty("status").GetString().ShouldBe("NotConfigured");
            paid.GetProperty("to").GetString().ShouldBe(tenant.AdminEmail);
            paid.GetProperty("kind").GetString().ShouldBe("billing");
        }

        var staffClient = await app.SignedInAsync(DingApp.ProviderAdmin);
        var outbox =
            await (await staffClient.GetAsync("/api/host/notifications/outbox?channel=mail&status=Delivered&size=200", Ct)).JsonAsync();
        var delivery = outbox.GetProperty("items").EnumerateArray()
            .First(d => d.GetProperty("tenantId").GetString() == tenant.Id.ToString()
                && d.GetProperty("eventType").GetString() == "order.paid");
        delivery.GetProperty("attempts").GetArrayLength().ShouldBe(1);
        delivery.GetProperty("attempts")[0].GetProperty("succeeded").GetBoolean().ShouldBeTrue();
        outbox.GetProperty("items").EnumerateArray().ShouldAllBe(d => d.GetProperty("channel").GetString() == "mail");

        // Newest first, a page at a time.
        var first = await (await staffClient.GetAsync("/api/host/notifications/mail-log?page=1&size=1", Ct)).JsonAsync();
        var second = await (await staffClient.GetAsync("/api/host/notifications/mail-log?page=2&size=1", Ct)).JsonAsync();
        first.GetProperty("items").GetArrayLength().ShouldBe(1);
        DateTimeOffset.Parse(first.GetProperty("items")[0].GetProperty("at").GetString()!)
            .ShouldBeGreaterThanOrEqualTo(DateTimeOffset.Parse(second.GetProperty("items")[0].GetProperty("at").GetString()!));

        await (await staffClient.GetAsync("/api/host/notifications/mail-log?size=0", Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
        await (await staffClient.GetAsync("/api/host/notifications/outbox?status=Sideways", Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await tenant.Admin.GetAsync("/api/host/notifications/outbox", Ct)).ShouldBeStatus(403);
    }

    [Fact]
    public async Task A_tenant_admin_sees_every_members_settings_and_changes_only_their_own_tenants()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var other = await app.NewVerifiedTenantAsync();
        var created = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/members",
            new { name = "成员", email = $"m-{Guid.NewGuid():N}@example.com", password = DingApp.Password, role = "Member" }, Ct))
                .JsonAsync(201);
        var memberId = created.GetProperty("id").GetGuid();

        var list = await (await tenant.Admin.GetAsync("/api/tenant/notifications/preferences", Ct)).JsonAsync();
        list.GetArrayLength().ShouldBe(2);
        var member = list.EnumerateArray().Single(m => m.GetProperty("userId").GetGuid() == memberId);
        member.GetProperty("language").GetString().ShouldBe("zh-CN");
        member.GetProperty("role").GetString().ShouldBe("Member");
        member.GetProperty("mailKinds").EnumerateArray().Select(k => k.GetString())
            .ShouldBe(["subscription", "billing", "support", "announcements"]);

        var updated = await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{memberId}",
            new { language = "en-US", mailKinds = new[] { "support" } }, Ct)).JsonAsync();
        updated.GetProperty("language").GetString().ShouldBe("en-US");
        updated.GetProperty("mailKinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["support"]);
        // Leaving a part out keeps it.
        var kept = await (
            await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{memberId}", new { language = "zh-CN" },
                Ct)).JsonAsync();
        kept.GetProperty("mailKinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["support"]);

        await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{memberId}", new { language = "fr-FR" }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{memberId}", new { mailKinds = new[] { "spam" } },
            Ct)).ShouldBeProblem(400, "Platform:InvalidInput");
        await (await other.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{memberId}", new { language = "en-US" }, Ct))
            .ShouldBeProblem(404, "Platform:NotFound");
        (await (await other.Admin.GetAsync("/api/tenant/notifications/preferences", Ct)).Content.ReadAsStringAsync(Ct))
            .ShouldNotContain(memberId.ToString());

        var asMember = await app.SignedInAsync(created.GetProperty("email").GetString()!);
        await (await asMember.GetAsync("/api/tenant/notifications/preferences", Ct)).ShouldBeStatus(403);
    }
}
