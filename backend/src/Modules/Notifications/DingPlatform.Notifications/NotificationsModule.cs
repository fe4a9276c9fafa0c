using DingPlatform.Notifications.Contracts;
using DingPlatform.Notifications.Features.ListMailLog;
using DingPlatform.Notifications.Features.ListNotifications;
using DingPlatform.Notifications.Features.ListOutbox;
using DingPlatform.Notifications.Features.ManagePreferences;
using DingPlatform.Notifications.Features.ManageWebhooks;
using DingPlatform.Notifications.Features.NotifyRenewalReminder;
using DingPlatform.Notifications.Features.WebhookDeliveries;
using DingPlatform.Notifications.Services;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts.Events;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Notifications;

/// <summary>In-app notifications: written by handlers of other modules' events (in the publisher's transaction)
/// and listed in the portal. The outgoing channels (mail, webhooks) come here next.</summary>
public sealed class NotificationsModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddScoped<INotificationInbox, NotificationInbox>();
        s.AddScoped<ListNotifications>();
        s.AddScoped<IIntegrationEventHandler<SubscriptionRenewalReminder>, NotifyRenewalReminder>();

        // Templates per reader, the in-app and mail channels of the outbox, preferences, the console's logs.
        s.AddSingleton(MailSettings.Read(context.Configuration));
        s.AddSingleton<IMailSender, SmtpMailSender>();
        s.AddScoped<People>();
        s.AddScoped<ReaderLanguage>();
        s.AddScoped<IOutboxChannel, InboxChannel>();
        s.AddScoped<IOutboxChannel, MailChannel>();
        s.AddScoped<ManagePreferences>();
        s.AddScoped<ListMailLog>();
        s.AddScoped<ListOutbox>();
        AddWebhooks(context);
    }

    // Outgoing webhooks: the "webhook" outbox channel, its endpoints' use cases, the guarded HttpClient and the
    // Data Protection key ring their secrets are encrypted with (Webhooks:KeysPath persists it; see the README).
    private static void AddWebhooks(ModuleContext context)
    {
        var s = context.Services;
        var protection = s.AddDataProtection().SetApplicationName("DingPlatform");
        if (context.Configuration["Webhooks:KeysPath"] is { Length: > 0 } keys) protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        WebhookHttp.Add(s, context.Configuration);
        s.AddSingleton<WebhookSecrets>();
        s.AddScoped<IOutboxChannel, WebhookChannel>();
        s.AddScoped<ManageWebhooks>();
        s.AddScoped<WebhookDeliveries>();
    }
}
