using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Events;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.IntegrationTests;

/// <summary>Mail through a real SMTP server (smtp4dev), read back through its API; each test writes to addresses
/// of its own.</summary>
public sealed class MailTests(MailDingApp app) : IClassFixture<MailDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, string Email)> AddMemberAsync(TestTenant tenant, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        var created = await (
            await tenant.Admin.PostAsJsonAsync("/api/tenant/members", new { name = "同事", email, password = DingApp.Password, role }, Ct))
            .JsonAsync(201);
        return (created.GetProperty("id").GetGuid(), email);
    }

    private static async Task SetPreferencesAsync(TestTenant tenant, Guid userId, object body) =>
        await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/notifications/preferences/{userId}", body, Ct)).JsonAsync();

    [Fact]
    public async Task A_paid_order_mails_the_admins_each_in_their_own_language_as_text_and_html()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var english = await AddMemberAsync(tenant, "TenantAdmin");
        await SetPreferencesAsync(tenant, english.Id, new { language = "en-US" });

        var order = await app.BuyAsync(tenant);
        var number = order.GetProperty("number").GetString()!;
        await app.DeliverOutboxAsync(Ct);

        var zh = (await Smtp4Dev.ToAsync(tenant.AdminEmail, atLeast: 2)).Single(m => m.Subject.Contains(number));
        zh.Subject.ShouldBe($"已收到订单 {number} 的付款");
        zh.From.ShouldContain("no-reply@dingplatform.test");
        var zhText = await Smtp4Dev.PlainTextAsync(zh);
        zhText.ShouldContain("¥8,820.00");
        zhText.ShouldContain("感谢您的支持");
        (await Smtp4Dev.HtmlAsync(zh)).ShouldContain($"<h2 style=\"font-size:18px\">已收到订单 {number} 的付款</h2>");
        (await Smtp4Dev.ToAsync(tenant.AdminEmail)).ShouldContain(m => m.Subject.StartsWith("专业版已开通"));

        var en = (await Smtp4Dev.ToAsync(english.Email, atLeast: 2)).Single(m => m.Subject.Contains(number));
        en.Subject.ShouldBe($"Payment received for order {number}");
        (await Smtp4Dev.PlainTextAsync(en)).ShouldContain("We received CNY 8,820.00");
        (await Smtp4Dev.HtmlAsync(en)).ShouldContain("lang=\"en-US\"");
        var detail = await Smtp4Dev.DetailAsync(en);
        detail.GetProperty("parts")[0].GetProperty("headers").EnumerateArray()
            .Any(h => h.GetProperty("value").GetString()!.StartsWith("multipart/alternative")).ShouldBeTrue();

        var logged = await app.DbAsync(db => db.Set<MailLog>().Where(m => m.To == english.Email).ToListAsync(Ct));
        logged.ShouldAllBe(m => m.Status == MailStatus.Sent && m.Language == "en-US");
        // Support also writes on payment (the account manager assigned); this test is about billing and subscription.
        logged.Where(m => m.Kind != "support").Select(m => m.Kind).Order().ShouldBe(["billing", "subscription"]);
    }

    [Fact]
    public async Task A_member_opted_out_of_a_kind_gets_none_of_it_and_a_second_run_sends_nothing_again()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var optedOut = await AddMemberAsync(tenant, "TenantAdmin");
        await SetPreferencesAsync(tenant, optedOut.Id, new { mailKinds = new[] { "subscription", "announcements" } });

        var order = await app.BuyAsync(tenant);
        var number = order.GetProperty("number").GetString()!;
        await app.DeliverOutboxAsync(Ct);
        await app.DeliverOutboxAsync(Ct);

        var received = await Smtp4Dev.ToAsync(optedOut.Email, atLeast: 1);
        received.ShouldHaveSingleItem().Subject.ShouldStartWith("专业版已开通");
        (await Smtp4Dev.ToAsync(tenant.AdminEmail, atLeast: 2)).Count(m => m.Subject.Contains(number))
            .ShouldBe(1, "the dispatcher run twice sends once");

        var mails =
            await app.DbAsync(db => db.Set<OutboxDelivery>().Where(d => d.TenantId == tenant.Id && d.Channel == "mail").ToListAsync(Ct));
        mails.Count.ShouldBe(4, "activated to both admins; paid and the account manager to the one who did not opt out");
        mails.ShouldAllBe(d => d.Status == DeliveryStatus.Delivered && d.Attempts == 1);
    }

    [Fact]
    public async Task An_announcement_reaches_every_member_in_their_language_and_unknown_events_reach_nobody()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var member = await AddMemberAsync(tenant, "Member");
        await SetPreferencesAsync(tenant, member.Id, new { language = "en-US" });
        var title = $"Maintenance {Guid.NewGuid():N}"[..24];
        await app.PublishRawAsync("support.announcement-published", tenant.Id,
            new { announcementId = Guid.NewGuid(), tenantId = tenant.Id, title, summary = "<b>02:00</b> – 04:00" });
        await app.PublishRawAsync("nobody.listens", tenant.Id, new { tenantId = tenant.Id });
        await app.DeliverOutboxAsync(Ct);

        var mail = (await Smtp4Dev.ToAsync(member.Email, atLeast: 1)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe($"Announcement: {title}");
        (await Smtp4Dev.HtmlAsync(mail)).ShouldContain("&lt;b&gt;02:00&lt;/b&gt;");
        (await Smtp4Dev.ToAsync(tenant.AdminEmail, atLeast: 1)).ShouldContain(m => m.Subject == $"公告：{title}");

        var unknown = await app.DbAsync(db => (from d in db.Set<OutboxDelivery>()
                                               join m in db.Set<OutboxMessage>() on d.MessageId equals m.Id
                                               where m.Type == "nobody.listens" && m.TenantId == tenant.Id
                                               select d).CountAsync(Ct));
        unknown.ShouldBe(0);

        var reader = await app.SignedInAsync(tenant.AdminEmail);
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var notes = await (await reader.GetAsync("/api/tenant/notifications", Ct)).JsonAsync();
        notes.EnumerateArray().ShouldContain(n => n.GetProperty("title").GetString() == $"Announcement: {title}");
    }
}
