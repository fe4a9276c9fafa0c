using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Services;

/// <summary>
/// The "webhook" outbox channel. Recipients are the ids of the tenant's enabled endpoints subscribed to the message's
/// type (a message without a tenant, or of a type not in <see cref="WebhookEventTypes"/>, goes nowhere). Each try
/// POSTs the envelope <c>{id, type, occurredAt, tenantId, data}</c> signed as <see cref="WebhookSignature"/> says;
/// 2xx is delivered, anything else is thrown so the dispatcher retries with its backoff (up to 3 days). The
/// <c>Ding-Webhook-Id</c> is the message id: the same for every attempt and every resend.
/// </summary>
internal sealed class WebhookChannel(PlatformDbContext db, IDataFilter dataFilter, IHttpClientFactory http, WebhookSecrets secrets,
    TimeProvider clock) : IOutboxChannel
{
    public const string ChannelName = "webhook";
    public const string EndpointRemoved = "endpoint removed";
    private const int BodySnippet = 200;

    public string Name => ChannelName;

    public async Task<IReadOnlyList<string>> RecipientsAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.TenantId is not { } tenantId || !WebhookEventTypes.IsKnown(message.Type)) return [];
        List<WebhookEndpoint> endpoints;
        using (dataFilter.DisableMultiTenant())
            endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => e.TenantId == tenantId && e.Enabled).ToListAsync(ct);
        return endpoints.Where(e => e.Receives(message.Type)).Select(e => e.Id.ToString()).ToList();
    }

    public async Task<int?> DeliverAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken ct)
    {
        WebhookEndpoint? endpoint = null;
        if (Guid.TryParse(delivery.Recipient, out var endpointId))
        {
            using (dataFilter.DisableMultiTenant())
                endpoint = await db.Set<WebhookEndpoint>().AsNoTracking()
                    .SingleOrDefaultAsync(e => e.Id == endpointId && e.TenantId == delivery.TenantId, ct);
        }
        if (endpoint is null || !endpoint.Enabled) throw new RecipientGoneException(EndpointRemoved);

        var body = Envelope(message);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var signingSecrets = endpoint.ProtectedSigningSecrets(clock.GetUtcNow()).Select(secrets.Unprotect);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.IdHeader, message.Id.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Header(signingSecrets, timestamp, body));

        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(WebhookHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new DeliveryFailedException($"Could not reach the endpoint: {ex.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DeliveryFailedException($"The endpoint did not answer within {WebhookHttp.Timeout.TotalSeconds:0} s.");
        }
        using (response)
        {
            var code = (int)response.StatusCode;
            if (code is >= 200 and < 300) return code;
            throw new DeliveryFailedException($"The endpoint answered {code}: {await SnippetAsync(response, ct)}", code);
        }
    }

    /// <summary>The body: the envelope around the event's own JSON (camelCase, as the publisher wrote it).</summary>
    internal static byte[] Envelope(OutboxMessage message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", message.Id);
            json.WriteString("type", message.Type);
            json.WriteString("occurredAt", message.OccurredAt.ToUniversalTime());
            if (message.TenantId is { } tenant) json.WriteString("tenantId", tenant);
            else json.WriteNull("tenantId");
            json.WritePropertyName("data");
            if (string.IsNullOrWhiteSpace(message.Payload)) json.WriteNullValue();
            else json.WriteRawValue(message.Payload);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>At most the first 200 characters of the answer, for the delivery log.</summary>
    private static async Task<string> SnippetAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            var bytes = new byte[BodySnippet * 4];
            var read = 0;
            int n;
            while (read < bytes.Length && (n = await stream.ReadAsync(bytes.AsMemory(read), ct)) > 0) read += n;
            var text = Encoding.UTF8.GetString(bytes, 0, read).ReplaceLineEndings(" ").Replace("\0", "");
            return text.Length > BodySnippet ? text[..BodySnippet] : text;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
        {
            return "(no readable body)";
        }
    }
}
