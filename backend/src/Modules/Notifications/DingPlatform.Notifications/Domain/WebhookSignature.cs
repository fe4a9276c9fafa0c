using System.Security.Cryptography;
using System.Text;

namespace DingPlatform.Notifications.Domain;

/// <summary>
/// How a delivery is signed. <c>Ding-Webhook-Timestamp</c> is the send time in unix seconds;
/// <c>Ding-Webhook-Signature</c> is <c>v1=&lt;hex HMAC-SHA256(secret, "{timestamp}.{body}")&gt;</c>, one entry per signing
/// secret (comma-separated, the current secret first; two during a rotation's overlap). The key is the secret's
/// UTF-8 bytes, exactly as shown. A receiver accepts when any entry matches and the timestamp is recent, and drops a
/// repeated <c>Ding-Webhook-Id</c>.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "Ding-Webhook-Id";
    public const string TimestampHeader = "Ding-Webhook-Timestamp";
    public const string SignatureHeader = "Ding-Webhook-Signature";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    public static string Header(IEnumerable<string> secrets, long timestamp, ReadOnlySpan<byte> body)
    {
        var parts = new List<string>();
        foreach (var secret in secrets) parts.Add("v1=" + Sign(secret, timestamp, body));
        return string.Join(",", parts);
    }

    /// <summary>A new secret: "whsec_" and 32 random bytes, base64url.</summary>
    public static string NewSecret() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
