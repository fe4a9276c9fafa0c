using System.Net;
using System.Net.Sockets;
using DingPlatform.Notifications.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Notifications.Services;

/// <summary>
/// The named HttpClient deliveries go through: 10 s timeout, no redirects, no cookies, and a connect step that
/// resolves the host itself and connects only to addresses <see cref="WebhookUrlRule"/> allows, so a name that
/// resolves (or re-resolves) to a private address is refused at connect time.
/// </summary>
internal static class WebhookHttp
{
    public const string ClientName = "webhooks";
    public const string UserAgent = "DingPlatform-Webhooks/1.0";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static bool AllowLoopback(IConfiguration configuration) =>
        bool.TryParse(configuration["Webhooks:AllowLoopbackHttp"], out var allow) && allow;

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var allowLoopback = AllowLoopback(configuration);
        services.AddHttpClient(ClientName, c =>
            {
                c.Timeout = Timeout;
                c.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ConnectTimeout = Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowLoopback, ct),
            });
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowLoopback, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, ct);
        var allowed = addresses.Where(a => WebhookUrlRule.IsAllowedAddress(a, allowLoopback)).ToArray();
        if (allowed.Length == 0) throw new HttpRequestException(
            $"The address of '{endPoint.Host}' is not allowed for webhooks (private, loopback or link-local).");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
