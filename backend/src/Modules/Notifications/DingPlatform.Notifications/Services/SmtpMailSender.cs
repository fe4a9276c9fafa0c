using DingPlatform.Notifications.Domain.Templates;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DingPlatform.Notifications.Services;

/// <summary>Sends one mail over SMTP.</summary>
public interface IMailSender
{
    Task SendAsync(string toAddress, string toName, RenderedMessage message, Guid deliveryId, CancellationToken ct);
}

/// <summary>MailKit over SMTP: a connection per mail (the outbox sends few, and a client is not thread-safe),
/// multipart/alternative (text + HTML), Message-Id derived from the delivery id so a repeat can be dropped.</summary>
internal sealed class SmtpMailSender(MailSettings settings) : IMailSender
{
    public async Task SendAsync(string toAddress, string toName, RenderedMessage message, Guid deliveryId, CancellationToken ct)
    {
        var from = MailboxAddress.Parse(settings.From);
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(from);
        mail.To.Add(new MailboxAddress(toName, toAddress));
        mail.MessageId = MessageIdOf(deliveryId, from.Domain);
        mail.Headers.Add("Content-Language", message.Language);
        mail.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Mail:Host is not set."), settings.Port,
            settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (settings.UserName is not null) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(true, ct);
    }

    public static string MessageIdOf(Guid deliveryId, string? domain) =>
        $"{deliveryId:N}@{(string.IsNullOrWhiteSpace(domain) ? "dingplatform.local" : domain)}";
}
