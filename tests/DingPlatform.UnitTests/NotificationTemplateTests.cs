using System.Text.Json;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Events;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Contracts.Events;

namespace DingPlatform.UnitTests;

/// <summary>Every template has both languages and uses only what its event carries: events published today are
/// serialised from their real records (the outbox's JSON, web defaults); events of modules not built yet from
/// the payloads the Notifications README documents.</summary>
public sealed class NotificationTemplateTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly Guid T = Guid.Parse("0190f0e0-0000-7000-8000-000000000001");

    private static string Json<TEvent>(TEvent e) where TEvent : IIntegrationEvent => JsonSerializer.Serialize(e, Web);

    public static readonly IReadOnlyDictionary<string, string> Samples = new Dictionary<string, string> {
        ["subscription.activated"] = Json(
            new SubscriptionActivated(Guid.NewGuid(), T, "professional", new DateOnly(2027, 1, 11), new DateOnly(2028, 1, 10),
                Guid.NewGuid())),
        ["subscription.expired"] = Json(new SubscriptionExpired(Guid.NewGuid(), T, "professional", new DateOnly(2028, 1, 10))),
        ["subscription.renewal-reminder"] =
            Json(new SubscriptionRenewalReminder(Guid.NewGuid(), T, new DateOnly(2028, 1, 10), 30, "k", Guid.NewGuid(), 7938.00m, true)),
        ["order.paid"] = Json(
            new OrderPaid(Guid.NewGuid(), "SO-2027-000001", T, "测试公司", 8820.00m, PaymentMethod.BankTransfer, "BANK-1",
                new DateOnly(2027, 1, 11), [])),
        ["order.refunded"] =
            Json(new OrderRefunded(Guid.NewGuid(), "SO-2027-000001", T, 8820.00m, PaymentMethod.BankTransfer, "BANK-1", "重复付款")),
        ["order.overdue"] = Json(new OrderOverdue(Guid.NewGuid(), "SO-2027-000001", T, 8820.00m, new DateOnly(2027, 2, 10))),
        ["order.lapsed"] = Json(new OrderLapsed(Guid.NewGuid(), "SO-2027-000001", T, 8820.00m, new DateOnly(2027, 2, 10))),
        ["invoice.issued"] =
            """{"invoiceId":"0190f0e0-0000-7000-8000-000000000002","invoiceNumber":"00000001","orderNumber":"SO-2027-000001","tena"""
                + """ntId":"0190f0e0-0000-7000-8000-000000000001","total":8820.00,"issuedOn":"2027-01-12"}""",
        ["invoice.late-penalty"] =
            """{"invoiceId":"0190f0e0-0000-7000-8000-000000000002","invoiceNumber":"00000001","tenantId":"0190f0e0-0000-7000-800"""
                + """0-000000000001","deadline":"2027-01-18","penalty":17.64}""",
        ["support.ticket-opened"] =
            """{"ticketId":"0190f0e0-0000-7000-8000-000000000003","ticketNumber":"T-000001","subject":"无法登录","tenantId":"0190f0e"""
                + """0-0000-7000-8000-000000000001","openedByUserId":"0190f0e0-0000-7000-8000-000000000004"}""",
        ["support.ticket-replied"] =
            """{"ticketId":"0190f0e0-0000-7000-8000-000000000003","ticketNumber":"T-000001","subject":"无法登录","tenantId":"0190f0e"""
                + """0-0000-7000-8000-000000000001","openedByUserId":"0190f0e0-0000-7000-8000-000000000004"}""",
        ["support.sla-breached"] =
            """{"ticketId":"0190f0e0-0000-7000-8000-000000000003","ticketNumber":"T-000001","subject":"无法登录","tenantId":"0190f0e"""
                + """0-0000-7000-8000-000000000001","tenantName":"测试公司","accountManagerUserId":null}""",
        ["support.announcement-published"] =
            """{"announcementId":"0190f0e0-0000-7000-8000-000000000005","tenantId":null,"title":"系统维护","summary":"1 月 20 日 02:00–0"""
                + """4:00 维护"}""",
        ["support.account-manager-assigned"] =
            """{"tenantId":"0190f0e0-0000-7000-8000-000000000001","accountManagerUserId":"0190f0e0-0000-7000-8000-000000000006","a"""
                + """ccountManagerName":"王经理"}""",
    };

    public static TheoryData<string> EventNames() => new(TemplateRegistry.All.Select(t => t.EventName));

    [Fact]
    public void Every_template_has_a_sample_payload_and_every_sample_a_template() =>
        TemplateRegistry.All.Select(t => t.EventName).Order().ShouldBe(Samples.Keys.Order());

    [Theory]
    [MemberData(nameof(EventNames))]
    public void A_template_has_every_language_and_uses_only_what_its_event_carries(string eventName)
    {
        var template = TemplateRegistry.Find(eventName)!;
        MailKinds.All.ShouldContain(template.Kind);
        using var sample = JsonDocument.Parse(Samples[eventName]);
        var carried = sample.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var language in Languages.All)
        {
            template.Texts.TryGetValue(language, out var text).ShouldBeTrue($"{eventName} has no {language} text");
            text!.Subject.ShouldNotBeNullOrWhiteSpace();
            text.Body.ShouldNotBeNullOrWhiteSpace();
            var alternative = template.BodyWithout?.GetValueOrDefault(language) ?? "";
            if (template.BodyWithout is not null) alternative.ShouldNotBeNullOrWhiteSpace(
                $"{eventName} has no {language} alternative body");
            foreach (var name in TemplateRenderer.PlaceholdersOf(text.Subject + text.Body + alternative))
                carried.ShouldContain(name, $"{eventName} ({language}) uses {{{name}}}, which its event does not carry");
            var rendered = TemplateRenderer.Render(template, language, Samples[eventName]);
            rendered.Subject.ShouldNotContain("{");
            rendered.Text.ShouldNotContain("{");
        }
        template.Texts.Keys.Order().ShouldBe(Languages.All.Order());
        if (template.BodyWithoutParameter is { } p) carried.ShouldContain(p);
    }

    [Fact]
    public void The_check_does_catch_a_placeholder_the_event_lacks() =>
        TemplateRenderer.PlaceholdersOf("Order {orderNumber} of {total:money} on {paidOn:date}")
            .ShouldBe(["orderNumber", "total", "paidOn"]);

    [Fact]
    public void Money_is_cny_with_two_decimals_and_dates_are_shanghai_dates()
    {
        var paid = TemplateRegistry.Find("order.paid")!;
        var zh = TemplateRenderer.Render(paid, "zh-CN", Samples["order.paid"]);
        zh.Text.ShouldContain("¥8,820.00");
        zh.Text.ShouldContain("2027年1月11日");
        var en = TemplateRenderer.Render(paid, "en-US", Samples["order.paid"]);
        en.Subject.ShouldBe("Payment received for order SO-2027-000001");
        en.Text.ShouldContain("CNY 8,820.00");
        en.Text.ShouldContain("2027-01-11");
        // An instant is shown as its Shanghai date: 20:00 UTC on 10 January is 11 January in Shanghai.
        using var doc = JsonDocument.Parse("\"2027-01-10T20:00:00+00:00\"");
        TemplateRenderer.Date(doc.RootElement, "en-US").ShouldBe("2027-01-11");
    }

    [Fact]
    public void Unknown_languages_fall_back_to_zh_cn_and_accept_language_tags_match()
    {
        Languages.Match("en-GB").ShouldBe("en-US");
        Languages.Match("zh-Hans-CN").ShouldBe("zh-CN");
        Languages.Match("fr").ShouldBeNull();
        TemplateRenderer.Render(TemplateRegistry.Find("order.paid")!, "fr-FR", Samples["order.paid"]).Language.ShouldBe("zh-CN");
    }

    [Fact]
    public void Html_encodes_every_parameter()
    {
        var opened = TemplateRegistry.Find("support.ticket-opened")!;
        var payload = """{"ticketNumber":"T-1","subject":"<script>alert('x')</script> & co"}""";
        var html = TemplateRenderer.Render(opened, "en-US", payload).Html;
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co");
        TemplateRenderer.Render(opened, "en-US", payload).Text.ShouldContain("<script>alert('x')</script> & co");
    }

    [Fact]
    public void A_renewal_reminder_without_an_offer_asks_to_pay_the_open_order()
    {
        var reminder = TemplateRegistry.Find("subscription.renewal-reminder")!;
        var payload = Json(new SubscriptionRenewalReminder(Guid.NewGuid(), T, new DateOnly(2028, 1, 10), 7, "k", null, null, false));
        TemplateRenderer.Render(reminder, "en-US", payload)
            .Body.ShouldBe("Your subscription ends on 2028-01-10. Pay your open renewal order to continue.");
        TemplateRenderer.Render(reminder, "zh-CN", Samples["subscription.renewal-reminder"]).Body.ShouldContain("¥7,938.00");
    }

    [Fact]
    public void Unknown_events_have_no_template_and_broken_payloads_render_without_throwing()
    {
        TemplateRegistry.Find("nobody.listens").ShouldBeNull();
        TemplateRegistry.Find(null).ShouldBeNull();
        TemplateRenderer.Render(TemplateRegistry.Find("order.paid")!, "en-US", "[not json").Subject.ShouldBe("Payment received for order ");
    }
}
