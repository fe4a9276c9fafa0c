using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DingPlatform.IntegrationTests.TestKit;

/// <summary>
/// A tenant's webhook receiver on 127.0.0.1 (Kestrel, in the test process). It records every request, checks the
/// <c>Ding-Webhook-Signature</c> against the secrets it was given (the ones the API showed once), applies each event
/// once (dedupe on <c>Ding-Webhook-Id</c>), and can be told to answer 500 for the next N calls — after applying
/// the event, like a receiver that did the work but failed to say so.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(
        string Path,
        string Id,
        string Timestamp,
        string Signature,
        string UserAgent,
        string Body,
        bool SignatureValid,
        int AnsweredWith)
    {
        /// <summary>The hex values of the header's v1 entries, in order.</summary>
        public string[] V1 => Signature.Split(',').Where(p => p.StartsWith("v1=", StringComparison.Ordinal)).Select(p => p[3..]).ToArray();
    }

    private WebApplication? _app;
    private int _failures;
    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<Received> Requests { get; } = new();
    /// <summary>What the receiver did, once per event id.</summary>
    public ConcurrentDictionary<string, string> Effects { get; } = new();
    /// <summary>Secrets a signature may verify with.</summary>
    public ConcurrentBag<string> Secrets { get; } = [];

    public void FailNext(int calls) => Interlocked.Exchange(ref _failures, calls);

    public IReadOnlyList<Received> At(string path) => Requests.Where(r => r.Path == path).ToList();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/{**path}", HandleAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var http = request.HttpContext;
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = http.Request.Headers["Ding-Webhook-Id"].ToString();
        var timestamp = http.Request.Headers["Ding-Webhook-Timestamp"].ToString();
        var signature = http.Request.Headers["Ding-Webhook-Signature"].ToString();
        var valid = signature.Split(',')
            .Any(p => p.StartsWith("v1=", StringComparison.Ordinal) && Secrets.Any(s => Verifies(s, timestamp, body, p[3..])));
        var status = !valid ? 401 : Interlocked.Decrement(ref _failures) >= 0 ? 500 : 200;
        if (valid) Effects.TryAdd(id, body);
        Requests.Enqueue(
            new Received(http.Request.Path, id, timestamp, signature, http.Request.Headers.UserAgent.ToString(), body, valid, status));
        return status == 200 ? Results.Ok(new { received = true }) : Results.Text(new string('x', 500), statusCode: status);
    }

    /// <summary>The receiver's own check, written from the documented scheme: hex HMAC-SHA256(secret, "{timestamp}.{body}").</summary>
    public static bool Verifies(string secret, string timestamp, string body, string hex)
    {
        var expected =
            Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(hex));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>The host with loopback webhooks allowed (<c>Webhooks:AllowLoopbackHttp</c>) and a receiver running.</summary>
public sealed class WebhookDingApp : DingApp
{
    public WebhookReceiver Receiver { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await Receiver.StartAsync();
        await base.InitializeAsync();
    }

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("Webhooks:AllowLoopbackHttp", "true")];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
