using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using Microsoft.Extensions.Logging;

namespace DingPlatform.Notifications.Services;

/// <summary>The outbox's "mail" channel: one delivery per user of the event's audience who gets its kind of
/// mail; each is rendered in the recipient's language and sent, or, without SMTP settings, written to the log.
/// Every outcome is a <see cref="MailLog"/> row, saved with the delivery's status by the dispatcher.</summary>
internal sealed class MailChannel(PlatformDbContext db, People people, MailSettings settings, IMailSender sender, TimeProvider clock,
    ILogger<MailChannel> log) : IOutboxChannel
{
    public string Name => "mail";

    public async Task<IReadOnlyList<string>> RecipientsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (TemplateRegistry.Find(message.Type) is not { } template) return [];
        var audience = await people.AudienceAsync(template, message, cancellationToken);
        if (audience.Count == 0) return [];
        var persons = await people.FindAsync(audience, cancellationToken);
        return persons.Where(p => p.Receives(template.Kind)).Select(p => p.Id.ToString()).ToList();
    }

    public async Task<int?> DeliverAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (TemplateRegistry.Find(message.Type) is not { } template || !Guid.TryParse(delivery.Recipient, out var userId)) return null;
        var person = (await people.FindAsync([userId], cancellationToken)).SingleOrDefault();
        if (person is null) return null; // the user was removed since: nobody to write to
        var mail = TemplateRenderer.Render(template, person.Language, message.Payload);
        if (!settings.IsConfigured)
        {
            log.LogInformation("Mail not sent (no Mail:Host). To: {To} [{Language}] Subject: {Subject}\n{Text}", person.Email,
                mail.Language, mail.Subject, mail.Text);
            Log(message, delivery, person, template, mail, MailStatus.NotConfigured, null);
            return null;
        }
        try
        {
            await sender.SendAsync(person.Email, person.Name, mail, delivery.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log(message, delivery, person, template, mail, MailStatus.Failed, ex.Message);
            throw new DeliveryFailedException($"SMTP: {ex.Message}");
        }
        Log(message, delivery, person, template, mail, MailStatus.Sent, null);
        return 250;
    }

    private void Log(OutboxMessage message, OutboxDelivery delivery, Person person, NotificationTemplate template, RenderedMessage mail,
        MailStatus status, string? error) =>
        db.Set<MailLog>().Add(new MailLog {
            DeliveryId = delivery.Id,
            TenantId = message.TenantId,
            EventType = message.Type,
            To = Cut(person.Email, 256),
            Subject = Cut(mail.Subject, 300),
            Text = Cut(mail.Text, 8000),
            Language = mail.Language,
            Kind = template.Kind,
            Status = status,
            Error = error is null ? null : Cut(error, 1000),
            At = clock.GetUtcNow(),
        });

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
