using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DingPlatform.IntegrationTests.TestKit;

/// <summary>A local stand-in for the two Stripe API calls the platform makes (Checkout sessions, refunds),
/// reached through StripeClient's API base URL. It records what it was asked.</summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private WebApplication? _app;
    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<IDictionary<string, string>> Sessions { get; } = new();
    public ConcurrentQueue<IDictionary<string, string>> Refunds { get; } = new();
    private int _counter;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/checkout/sessions", async (HttpRequest r) =>
        {
            var form = (await r.ReadFormAsync()).ToDictionary(k => k.Key, v => v.Value.ToString());
            Sessions.Enqueue(form);
            var id = $"cs_test_{Interlocked.Increment(ref _counter)}";
            return Results.Json(new Dictionary<string, object?> {
                ["id"] = id,
                ["object"] = "checkout.session",
                ["url"] = $"https://checkout.stripe.test/pay/{id}",
                ["mode"] = "payment",
                ["amount_total"] = long.Parse(form["line_items[0][price_data][unit_amount]"]),
                ["currency"] = "cny",
                ["payment_status"] = "unpaid",
                ["status"] = "open",
                ["expires_at"] = long.Parse(form["expires_at"]),
                ["metadata"] = new Dictionary<string, string> { ["order_id"] = form["metadata[order_id]"] },
            });
        });
        _app.MapPost("/v1/refunds", async (HttpRequest r) =>
        {
            var form = (await r.ReadFormAsync()).ToDictionary(k => k.Key, v => v.Value.ToString());
            Refunds.Enqueue(form);
            return Results.Json(
                new
                {
                    id = $"re_{Interlocked.Increment(ref _counter)}",
                    @object = "refund",
                    amount = long.Parse(form["amount"]),
                    payment_intent = form["payment_intent"],
                    status = "succeeded"
                });
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>A checkout.session event as Stripe would send it, signed with Stripe.net's own helper.</summary>
    public static (string Payload, string Signature) SignedSessionEvent(string secret, string eventId, string type, Guid orderId,
        long amountFen,
        string paymentStatus, DateTimeOffset created, DateTimeOffset signedAt, string paymentIntent = "pi_test_1")
    {
        var payload = JsonSerializer.Serialize(new Dictionary<string, object?> {
            ["id"] = eventId,
            ["object"] = "event",
            ["type"] = type,
            ["api_version"] = "2026-10-28.endive",
            ["created"] = created.ToUnixTimeSeconds(),
            ["data"] = new Dictionary<string, object?> {
                ["object"] = new Dictionary<string, object?> {
                    ["id"] = "cs_test_evt",
                    ["object"] = "checkout.session",
                    ["mode"] = "payment",
                    ["amount_total"] = amountFen,
                    ["currency"] = "cny",
                    ["payment_status"] = paymentStatus,
                    ["status"] = "complete",
                    ["payment_intent"] = paymentIntent,
                    ["metadata"] = new Dictionary<string, string> { ["order_id"] = orderId.ToString() },
                },
            },
        });
        var timestamp = signedAt.ToUnixTimeSeconds().ToString();
        return (payload, $"t={timestamp},v1={Stripe.EventUtility.ComputeSignature(secret, timestamp, payload)}");
    }
}

/// <summary>The host with card payments on, talking to <see cref="FakeStripe"/>.</summary>
public sealed class StripeDingApp : DingApp
{
    public const string WebhookSecret = "whsec_test_secret";
    public FakeStripe Stripe { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await Stripe.StartAsync();
        await base.InitializeAsync();
    }

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
        [("Stripe:SecretKey", "sk_test_fake"), ("Stripe:WebhookSecret", WebhookSecret), ("Stripe:ApiBase", Stripe.BaseUrl)];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
