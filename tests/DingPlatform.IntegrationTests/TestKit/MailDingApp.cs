using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.Platform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.IntegrationTests.TestKit;

/// <summary>A host that sends its mail to the smtp4dev the test command starts (<c>DING_TEST_SMTP</c>); other
/// fixtures have no <c>Mail:Host</c> and send nothing.</summary>
public sealed class MailDingApp : DingApp
{
    public static string SmtpAddress =>
        Environment.GetEnvironmentVariable("DING_TEST_SMTP")
        ?? throw new InvalidOperationException("DING_TEST_SMTP is not set: etc/test.sh starts smtp4dev and sets it.");

    protected override IEnumerable<(string Key, string Value)> ExtraSettings()
    {
        var parts = SmtpAddress.Split(':');
        yield return ("Mail:Host", parts[0]);
        yield return ("Mail:Port", parts[1]);
        yield return ("Mail:From", "DingPlatform Tests <no-reply@dingplatform.test>");
    }
}

/// <summary>What smtp4dev received, through its HTTP API (<c>DING_TEST_SMTP_API</c>).</summary>
public static class Smtp4Dev
{
    public sealed record Mail(string Id, string Subject, IReadOnlyList<string> To, string From);

    private static readonly HttpClient Http = new() {
        BaseAddress = new Uri(Environment.GetEnvironmentVariable("DING_TEST_SMTP_API") ?? "http://127.0.0.1:1"),
        Timeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>Every mail received for <paramref name="address"/>, waiting up to <paramref name="atLeast"/> of them
    /// to arrive (a few seconds at most).</summary>
    public static async Task<IReadOnlyList<Mail>> ToAsync(string address, int atLeast = 0)
    {
        for (var i = 0; ; i++)
        {
            var body = await Http.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=1000");
            var mails = body.GetProperty("results").EnumerateArray()
                .Select(m => new Mail(m.GetProperty("id").GetString()!, m.GetProperty("subject").GetString() ?? "",
                    m.GetProperty("to").EnumerateArray().Select(t => t.GetString() ?? "").ToList(),
                        m.GetProperty("from").GetString() ?? ""))
                .Where(m => m.To.Any(t => t.Contains(address, StringComparison.OrdinalIgnoreCase))).ToList();
            if (mails.Count >= atLeast || i >= 25) return mails;
            await Task.Delay(200);
        }
    }

    public static Task<string> PlainTextAsync(Mail mail) => Http.GetStringAsync($"/api/messages/{mail.Id}/plaintext");
    public static Task<string> HtmlAsync(Mail mail) => Http.GetStringAsync($"/api/messages/{mail.Id}/html");

    /// <summary>The whole message as smtp4dev parsed it (headers, parts).</summary>
    public static Task<JsonElement> DetailAsync(Mail mail) => Http.GetFromJsonAsync<JsonElement>($"/api/messages/{mail.Id}");
}

public static class Outbox
{
    /// <summary>Runs the outbox dispatcher once, as its Hangfire job would.</summary>
    public static async Task DeliverOutboxAsync(this DingApp app, CancellationToken ct)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(ct);
    }

    /// <summary>Writes an event to the outbox as a module not in this build would publish it (type + JSON payload).</summary>
    public static Task PublishRawAsync(this DingApp app, string type, Guid? tenantId, object payload) => app.DbAsync(async db =>
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage {
            Id = Guid.CreateVersion7(),
            Type = type,
            TenantId = tenantId,
            Payload = JsonSerializer.Serialize(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
            OccurredAt = app.Clock.GetUtcNow(),
        });
        return await db.SaveChangesAsync();
    });
}
