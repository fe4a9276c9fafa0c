using System.Net;
using System.Net.Sockets;
using DingPlatform.Notifications.Contracts;
using DingPlatform.Platform.Errors;

namespace DingPlatform.Notifications.Domain;

/// <summary>
/// Where a webhook may point: an absolute https URL of a public host. Loopback (and plain http to it) only when the
/// host allows it (<c>Webhooks:AllowLoopbackHttp</c>, for local receivers in tests and development); private,
/// link-local, carrier-grade NAT, multicast and unspecified addresses never. Names are checked again when the
/// delivery connects (every address they resolve to), so a name that later points inside is refused then.
/// </summary>
public static class WebhookUrlRule
{
    public static string Check(string url, bool allowLoopback)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
            throw Refused("The webhook URL must be an absolute https URL without user name or fragment.");
        var literal = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(uri.DnsSafeHost, out var ip) ? ip : null;
        var loopback = literal is null ? IsLoopbackName(uri.IdnHost) : IsLoopback(literal);
        if (loopback)
        {
            if (!allowLoopback) throw Refused("The webhook URL points at this machine (loopback).");
            return uri.AbsoluteUri;
        }
        if (uri.Scheme != Uri.UriSchemeHttps) throw Refused("The webhook URL must use https.");
        if (literal is not null)
        {
            if (!IsAllowedAddress(literal, allowLoopback: false)) throw Refused(
                "The webhook URL points at a private, link-local or reserved address.");
        }
        else if (!uri.IdnHost.Contains('.') || uri.IdnHost.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
                 || uri.IdnHost.EndsWith(".internal", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused("The webhook URL must name a public host.");
        }
        return uri.AbsoluteUri;
    }

    public static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(IPAddress a) => IPAddress.IsLoopback(a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a);

    /// <summary>Whether a delivery may connect to this address.</summary>
    public static bool IsAllowedAddress(IPAddress address, bool allowLoopback)
    {
        var a = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (IPAddress.IsLoopback(a)) return allowLoopback;
        if (a.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = a.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                     || (b[0] == 100 && b[1] is >= 64 and < 128) // carrier-grade NAT
                     || (b[0] == 169 && b[1] == 254) // link-local, cloud metadata
                     || (b[0] == 172 && b[1] is >= 16 and < 32)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                     || (b[0] == 198 && b[1] is 18 or 19));
        }
        if (a.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = a.GetAddressBytes();
            return !(a.Equals(IPAddress.IPv6Any) || a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast || a.IsIPv6UniqueLocal
                     || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)); // NAT64 could reach inside
        }
        return false;
    }

    private static BusinessException Refused(string message) =>
        new BusinessException(NotificationsErrors.WebhookUrlNotAllowed, message, 400).WithDetail("field", "url");
}
