using Microsoft.Extensions.Configuration;

namespace DingPlatform.Notifications.Services;

/// <summary><c>Mail:Host</c>, <c>Mail:Port</c>, <c>Mail:From</c>, <c>Mail:UserName</c>/<c>Mail:Password</c> (optional),
/// <c>Mail:UseTls</c> (none | starttls). Without a host nothing is sent: each mail is written to the log (and the
/// mail log, status NotConfigured) instead.</summary>
public sealed record MailSettings(string? Host, int Port, string From, string? UserName, string? Password, bool StartTls)
{
    public const string DefaultFrom = "DingPlatform <no-reply@dingplatform.local>";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings Read(IConfiguration c)
    {
        var startTls = string.Equals(c["Mail:UseTls"], "starttls", StringComparison.OrdinalIgnoreCase);
        var port = int.TryParse(c["Mail:Port"], out var p) && p is > 0 and < 65536 ? p : startTls ? 587 : 25;
        var from = string.IsNullOrWhiteSpace(c["Mail:From"]) ? DefaultFrom : c["Mail:From"]!;
        return new MailSettings(c["Mail:Host"], port, from, NullIfBlank(c["Mail:UserName"]), NullIfBlank(c["Mail:Password"]), startTls);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
