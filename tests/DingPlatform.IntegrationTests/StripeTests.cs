using System.Net.Http.Json;
using System.Text;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class StripeTests(StripeDingApp app) : IClassFixture<StripeDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> DeliverAsync(string payload, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post,
            "/api/billing/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature);
        return await app.Anonymous().SendAsync(request, Ct);
    }

    private async Task<int> StoredEventsAsync(string id) =>
        await app.DbAsync(db => Task.FromResult(db.Set<Billing.Domain.StripeEventRecord>().Count(e => e.EventId == id)));

    [Fact]
    public async Task A_card_payment_opens_a_checkout_session_in_fen_and_the_signed_webhook_activates_once_however_often_it_comes()
    {
        (await (await app.Anonymous().GetAsync("/api/billing/config", Ct)).JsonAsync()).GetProperty("cardPaymentsEnabled").GetBoolean()
            .ShouldBeTrue();
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());
        var orderId = order.GetProperty("id").GetGuid();
        var checkout = await (await tenant.Admin.PostAsJsonAsync($"/api/tenant/orders/{orderId}/checkout", new { }, Ct)).JsonAsync();
        checkout.GetProperty("url").GetString()!.ShouldStartWith("https://checkout.stripe.test/");
        var sent = app.Stripe.Sessions.Last();
        sent["mode"].ShouldBe("payment");
        sent["line_items[0][price_data][currency]"].ShouldBe("cny");
        sent["line_items[0][price_data][unit_amount]"].ShouldBe("882000");
        sent["metadata[order_id]"].ShouldBe(orderId.ToString());
        // A second attempt opens a fresh session.
        var again = await (await tenant.Admin.PostAsJsonAsync($"/api/tenant/orders/{orderId}/checkout", new { }, Ct)).JsonAsync();
        again.GetProperty("sessionId").GetString().ShouldNotBe(checkout.GetProperty("sessionId").GetString());

        var now = app.Clock.GetUtcNow();
        var (payload, signature) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_paid_1", "checkout.session.completed",
            orderId, 882000, "paid", now, now, "pi_paid_1");
        var deliveries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => DeliverAsync(payload, signature)));
        deliveries.ShouldAllBe(r => (int)r.StatusCode == 200);
        // An async-success event for the same payment, out of order, changes nothing either.
        var (late, lateSig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_paid_2",
            "checkout.session.async_payment_succeeded", orderId, 882000, "paid", now, now, "pi_paid_1");
        await (await DeliverAsync(late, lateSig)).ShouldBeStatus(200);

        var paid = await (await tenant.Admin.GetAsync($"/api/tenant/orders/{orderId}", Ct)).JsonAsync();
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        paid.GetProperty("payments").EnumerateArray().Single().GetProperty("method").GetString().ShouldBe("Card");
        (await StoredEventsAsync("evt_paid_1")).ShouldBe(1);
        (await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("history").GetArrayLength().ShouldBe(1);
        (await (await tenant.Admin.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_bad_or_stale_signature_is_refused_and_records_nothing()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());
        var orderId = order.GetProperty("id").GetGuid();
        var now = app.Clock.GetUtcNow();

        var (payload, _) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_bad", "checkout.session.completed", orderId,
            882000, "paid", now, now);
        var (_, forged) =
            FakeStripe.SignedSessionEvent("whsec_someone_else", "evt_bad", "checkout.session.completed", orderId, 882000, "paid", now, now);
        (await DeliverAsync(payload, forged)).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        (await DeliverAsync(payload, "")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        var (stale, staleSig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_stale", "checkout.session.completed",
            orderId, 882000, "paid", now, now.AddMinutes(-6));
        (await DeliverAsync(stale, staleSig)).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        // A tampered body with a once-valid signature fails too.
        var (good, goodSig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_tamper", "checkout.session.completed",
            orderId, 882000, "paid", now, now);
        (await DeliverAsync(good.Replace("882000", "100"), goodSig)).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);

        (await StoredEventsAsync("evt_bad")).ShouldBe(0);
        (await StoredEventsAsync("evt_stale")).ShouldBe(0);
        (await (await tenant.Admin.GetAsync($"/api/tenant/orders/{orderId}", Ct)).JsonAsync()).GetProperty("status").GetString()
            .ShouldBe("PendingPayment");
    }

    [Fact]
    public async Task An_unpaid_or_expired_session_changes_nothing()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var orderId = (await tenant.AcceptAsync(await tenant.QuoteAsync())).GetProperty("id").GetGuid();
        var now = app.Clock.GetUtcNow();
        var (payload, sig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_unpaid", "checkout.session.completed", orderId,
            882000, "unpaid", now, now);
        await (await DeliverAsync(payload, sig)).ShouldBeStatus(200);
        var (expired, expiredSig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, "evt_expired", "checkout.session.expired",
            orderId, 882000, "unpaid", now, now);
        await (await DeliverAsync(expired, expiredSig)).ShouldBeStatus(200);
        (await (await tenant.Admin.GetAsync($"/api/tenant/orders/{orderId}", Ct)).JsonAsync()).GetProperty("status").GetString()
            .ShouldBe("PendingPayment");
    }

    [Fact]
    public async Task A_provider_fault_refund_of_a_card_payment_goes_through_stripe_and_reverses_the_issued_invoice_with_a_red_letter_one()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var orderId = (await tenant.AcceptAsync(await tenant.QuoteAsync())).GetProperty("id").GetGuid();
        var now = app.Clock.GetUtcNow();
        var (payload, sig) = FakeStripe.SignedSessionEvent(StripeDingApp.WebhookSecret, $"evt_{Guid.NewGuid():N}",
            "checkout.session.completed", orderId, 882000, "paid", now, now, "pi_refund_me");
        await (await DeliverAsync(payload, sig)).ShouldBeStatus(200);
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var invoice = (await (await tenant.Admin.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).EnumerateArray().Single();
        await (await staff.PostAsJsonAsync($"/api/host/invoices/{invoice.GetProperty("id").GetGuid()}/issue",
            new { taxBureauNumber = "11002600000055555555" }, Ct)).ShouldBeStatus(200);

        await (await staff.PostAsJsonAsync($"/api/host/orders/{orderId}/refund", new { reason = "平台故障导致无法使用", providerFault = true }, Ct))
            .ShouldBeStatus(200);
        var refund = app.Stripe.Refunds.Single(r => r["payment_intent"] == "pi_refund_me");
        refund["amount"].ShouldBe("882000");
        var invoices = (await (await tenant.Admin.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).EnumerateArray().ToList();
        invoices.Count.ShouldBe(2);
        invoices.Single(i => !i.GetProperty("isRedLetter").GetBoolean()).GetProperty("status").GetString().ShouldBe("Reversed");
        var red = invoices.Single(i => i.GetProperty("isRedLetter").GetBoolean());
        red.GetProperty("total").GetDecimal().ShouldBe(-8820.00m);
        red.GetProperty("tax").GetDecimal().ShouldBe(-499.25m);
        (await tenant.PlanCodeAsync()).ShouldBe("standard");
    }
}
