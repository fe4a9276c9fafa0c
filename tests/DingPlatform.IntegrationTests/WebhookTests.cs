using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Platform.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.IntegrationTests;

/// <summary>Issue 8 item 3: tenants' outgoing webhooks, delivered by the outbox to a local receiver the fixture starts.
/// The outbox runs by calling the dispatcher; retries are reached by moving the fake clock past the backoff.</summary>
public sealed class WebhookTests(WebhookDingApp app) : IClassFixture<WebhookDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private WebhookReceiver Receiver => app.Receiver;

    private async Task RunOutboxAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(Ct);
    }

    private async Task<(Guid Id, string Secret, string Path)> RegisterAsync(TestTenant tenant, params string[] eventTypes)
    {
        var path = "/hooks/" + Guid.NewGuid().ToString("N");
        var created = await (
            await tenant.Admin.PostAsJsonAsync("/api/tenant/webhooks",
                new { url = Receiver.BaseUrl + path, description = "ERP", eventTypes }, Ct)).JsonAsync(201);
        var secret = created.GetProperty("secret").GetString()!;
        secret.ShouldStartWith("whsec_");
        Receiver.Secrets.Add(secret);
        return (created.GetProperty("id").GetGuid(), secret, path);
    }

    private static async Task<JsonElement> DeliveriesAsync(TestTenant tenant, Guid webhook) =>
        await (await tenant.Admin.GetAsync($"/api/tenant/webhooks/{webhook}/deliveries?page=1&size=20", Ct)).JsonAsync();

    [Fact]
    public async Task A_paid_order_sends_one_signed_order_paid_delivery_and_nothing_to_an_endpoint_not_subscribed()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var (hook, secret, path) = await RegisterAsync(tenant, "order.paid");
        var (_, _, refundsOnly) = await RegisterAsync(tenant, "order.refunded");
        var order = await app.BuyAsync(tenant);
        await RunOutboxAsync();
        await RunOutboxAsync(); // nothing twice

        var received = Receiver.At(path).ShouldHaveSingleItem();
        received.SignatureValid.ShouldBeTrue();
        received.V1.ShouldHaveSingleItem();
        WebhookReceiver.Verifies(secret, received.Timestamp, received.Body, received.V1[0]).ShouldBeTrue();
        received.UserAgent.ShouldStartWith("DingPlatform-Webhooks");
        Math.Abs(long.Parse(received.Timestamp) - app.Clock.GetUtcNow().ToUnixTimeSeconds()).ShouldBeLessThanOrEqualTo(5);
        var body = JsonDocument.Parse(received.Body).RootElement;
        body.GetProperty("id").GetString().ShouldBe(received.Id);
        body.GetProperty("type").GetString().ShouldBe("order.paid");
        body.GetProperty("tenantId").GetGuid().ShouldBe(tenant.Id);
        body.GetProperty("data").GetProperty("orderId").GetGuid().ShouldBe(order.GetProperty("id").GetGuid());
        Receiver.At(refundsOnly).ShouldBeEmpty();

        var page = await DeliveriesAsync(tenant, hook);
        page.GetProperty("total").GetInt32().ShouldBe(1);
        var d = page.GetProperty("items")[0];
        (d.GetProperty("eventType").GetString(), d.GetProperty("status").GetString(), d.GetProperty("lastStatusCode").GetInt32())
            .ShouldBe(("order.paid", "Delivered", 200));
        d.GetProperty("eventId").GetString().ShouldBe(received.Id);
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_after_the_backoff_with_the_same_event_id_and_resend_sends_it_again()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var (hook, _, path) = await RegisterAsync(tenant, "order.paid");
        Receiver.FailNext(1);
        await app.BuyAsync(tenant);
        await RunOutboxAsync();
        Receiver.At(path).Single().AnsweredWith.ShouldBe(500);
        var pending = await FirstDeliveryAsync(tenant, hook);
        (pending.GetProperty("status").GetString(), pending.GetProperty("attempts").GetInt32(),
            pending.GetProperty("lastStatusCode").GetInt32()).ShouldBe(("Pending", 1, 500));
        pending.GetProperty("lastError").GetString()!.Length.ShouldBeLessThan(260, "no more than 200 characters of the answer are kept");
        pending.GetProperty("nextAttemptAt").GetDateTimeOffset().ShouldBeGreaterThan(app.Clock.GetUtcNow());

        await RunOutboxAsync(); // not due yet
        Receiver.At(path).Count.ShouldBe(1);
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // the fake clock, past the first backoff step (1 min)
        await RunOutboxAsync();

        var calls = Receiver.At(path);
        calls.Select(c => c.AnsweredWith).ShouldBe([500, 200]);
        calls.Select(c => c.Id).Distinct().ShouldHaveSingleItem();
        calls.ShouldAllBe(c => c.SignatureValid);
        Receiver.Effects.Keys.Count(k => k == calls[0].Id).ShouldBe(1);
        var delivered = await FirstDeliveryAsync(tenant, hook);
        delivered.GetProperty("status").GetString().ShouldBe("Delivered");
        delivered.GetProperty("attemptLog").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([500, 200]);

        // Resend: a new attempt with the same event id; the receiver's dedupe keeps one effect.
        var resent = await (
            await tenant.Admin.PostAsync($"/api/tenant/webhooks/{hook}/deliveries/{delivered.GetProperty("id").GetGuid()}/resend", null,
                Ct)).JsonAsync();
        (resent.GetProperty("status").GetString(), resent.GetProperty("attempts").GetInt32()).ShouldBe(("Delivered", 3));
        Receiver.At(path).Select(c => c.Id).ShouldBe([calls[0].Id, calls[0].Id, calls[0].Id]);
        Receiver.Effects.Keys.Count(k => k == calls[0].Id).ShouldBe(1);

        // Another tenant sees none of it and cannot resend it.
        var other = await app.NewTenantAsync();
        (await other.Admin.GetStringAsync("/api/tenant/webhooks", Ct)).ShouldNotContain(hook.ToString());
        await (await other.Admin.PostAsync($"/api/tenant/webhooks/{hook}/deliveries/{delivered.GetProperty("id").GetGuid()}/resend", null,
            Ct)).ShouldBeProblem(404, "Platform:NotFound");
        await (await tenant.Admin.PostAsync($"/api/tenant/webhooks/{hook}/deliveries/not-a-delivery/resend", null, Ct))
            .ShouldBeProblem(404, "Platform:NotFound");
        Receiver.At(path).Count.ShouldBe(3);
    }

    private static async Task<JsonElement> FirstDeliveryAsync(TestTenant tenant, Guid hook)
        => (await DeliveriesAsync(tenant, hook)).GetProperty("items")[0];

    [Fact]
    public async Task After_a_rotation_deliveries_carry_both_signatures_until_the_overlap_ends()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var (hook, oldSecret, path) = await RegisterAsync(tenant, "order.paid");
        var rotated = await (await tenant.Admin.PostAsync($"/api/tenant/webhooks/{hook}/rotate-secret", null, Ct)).JsonAsync();
        var newSecret = rotated.GetProperty("secret").GetString()!;
        newSecret.ShouldNotBe(oldSecret);
        Receiver.Secrets.Add(newSecret);
        rotated.GetProperty("previousSecretExpiresAt").GetDateTimeOffset()
            .ShouldBe(app.Clock.GetUtcNow().AddHours(24), TimeSpan.FromSeconds(5));
        (await tenant.Admin.GetStringAsync("/api/tenant/webhooks", Ct)).ShouldNotContain(newSecret);

        await app.BuyAsync(tenant);
        await RunOutboxAsync();
        var during = Receiver.At(path).ShouldHaveSingleItem();
        during.V1.Length.ShouldBe(2);
        WebhookReceiver.Verifies(newSecret, during.Timestamp, during.Body, during.V1[0]).ShouldBeTrue();
        WebhookReceiver.Verifies(oldSecret, during.Timestamp, during.Body, during.V1[1]).ShouldBeTrue();

        // Past the overlap only the new secret signs (tokens are judged on the moved clock: sign in again).
        app.Clock.Advance(TimeSpan.FromHours(25));
        var admin = await app.SignedInAsync(tenant.AdminEmail);
        var delivery = (await (await admin.GetAsync($"/api/tenant/webhooks/{hook}/deliveries", Ct)).JsonAsync()).GetProperty("items")[0]
            .GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/tenant/webhooks/{hook}/deliveries/{delivery}/resend", null, Ct)).ShouldBeStatus(200);
        var after = Receiver.At(path).Last();
        after.V1.ShouldHaveSingleItem();
        WebhookReceiver.Verifies(newSecret, after.Timestamp, after.Body, after.V1[0]).ShouldBeTrue();
    }

    [Fact]
    public async Task A_disabled_endpoint_gets_no_more_tries_and_its_delivery_is_closed()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var (hook, _, path) = await RegisterAsync(tenant, "order.paid");
        Receiver.FailNext(1);
        await app.BuyAsync(tenant);
        await RunOutboxAsync();
        await (await tenant.Admin.PutAsJsonAsync($"/api/tenant/webhooks/{hook}",
            new { url = Receiver.BaseUrl + path, description = "off", eventTypes = new[] { "order.paid" }, enabled = false }, Ct))
            .ShouldBeStatus(200);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await RunOutboxAsync();

        Receiver.At(path).Count.ShouldBe(1);
        var closed = await FirstDeliveryAsync(tenant, hook);
        (closed.GetProperty("status").GetString(), closed.GetProperty("lastError").GetString()).ShouldBe(("Failed", "endpoint removed"));
        await (await tenant.Admin.PostAsync(
            $"/api/tenant/webhooks/{hook}/deliveries/{closed.GetProperty("id").GetGuid()}/resend", null, Ct))
            .ShouldBeProblem(409, "Notifications:WebhookDisabled");
        (await app.DbAsync(db => db.Set<OutboxDelivery>()
            .CountAsync(d => d.Recipient == hook.ToString() && d.Status == DeliveryStatus.Pending, Ct))).ShouldBe(0);

        await (await tenant.Admin.DeleteAsync($"/api/tenant/webhooks/{hook}", Ct)).ShouldBeStatus(204);
        await (await tenant.Admin.GetAsync($"/api/tenant/webhooks/{hook}/deliveries", Ct)).ShouldBeProblem(404, "Platform:NotFound");
    }

    [Theory]
    [InlineData("http://hooks.example.com/ding")]
    [InlineData("https://10.1.2.3/ding")]
    [InlineData("https://192.168.1.10/ding")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[fe80::1]/ding")]
    [InlineData("https://[fd00::1]/ding")]
    [InlineData("https://intranet/ding")]
    [InlineData("ftp://hooks.example.com/ding")]
    [InlineData("https://user:pw@hooks.example.com/ding")]
    [InlineData("not a url")]
    public async Task Only_https_urls_of_public_hosts_are_accepted(string url)
    {
        var tenant = await app.NewTenantAsync();
        var problem =
            await (await tenant.Admin.PostAsJsonAsync("/api/tenant/webhooks", new { url, eventTypes = new[] { "order.paid" } }, Ct))
            .ShouldBeProblem(400, "Notifications:WebhookUrlNotAllowed");
        problem.ErrorFields().ShouldBe(["url"]);
        (await (await tenant.Admin.GetAsync("/api/tenant/webhooks", Ct)).JsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Event_types_are_from_the_catalog_and_a_tenant_has_at_most_ten_endpoints()
    {
        var tenant = await app.NewTenantAsync();
        var catalog = await (await tenant.Admin.GetAsync("/api/tenant/webhooks/event-types", Ct)).JsonAsync();
        var types = catalog.EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
        types.ShouldContain("order.paid");
        types.ShouldContain("support.ticket-opened");
        catalog.EnumerateArray().ShouldAllBe(t => t.GetProperty("description").GetProperty("zh-CN").GetString()!.Length > 0
                                                 && t.GetProperty("description").GetProperty("en-US").GetString()!.Length > 0);

        foreach (var bad in new[] { new[] { "*" }, new[] { "order.unknown" }, Array.Empty<string>() })
        {
            var problem = await (
                await tenant.Admin.PostAsJsonAsync("/api/tenant/webhooks",
                    new { url = "https://hooks.example.com/a", eventTypes = bad }, Ct))
                .ShouldBeProblem(400, "Platform:InvalidInput");
            problem.ErrorFields().ShouldBe(["eventTypes"]);
        }

        for (var i = 0; i < 10; i++)
            await (await tenant.Admin.PostAsJsonAsync("/api/tenant/webhooks",
                new { url = $"https://hooks.example.com/{i}", eventTypes = new[] { "order.paid", "order.paid" } }, Ct)).ShouldBeStatus(201);
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/webhooks",
            new { url = "https://hooks.example.com/11", eventTypes = new[] { "order.paid" } }, Ct))
            .ShouldBeProblem(409, "Notifications:WebhookLimitReached");
        var list = await (await tenant.Admin.GetAsync("/api/tenant/webhooks", Ct)).JsonAsync();
        list.GetArrayLength().ShouldBe(10);
        list[0].GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()).ShouldBe(["order.paid"]);
        list[0].TryGetProperty("secret", out _).ShouldBeFalse();
        await (await tenant.Admin.GetAsync($"/api/tenant/webhooks/{list[0].GetProperty("id").GetGuid()}/deliveries?size=500", Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
    }
}
