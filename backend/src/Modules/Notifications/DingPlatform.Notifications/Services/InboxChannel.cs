using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Services;

/// <summary>The outbox's "inbox" channel: every templated event meant for a tenant becomes an in-app notification
/// (recipient = the tenant id) that stores the template key and the payload and is rendered per reader. The
/// renewal reminder is written in its job's transaction instead (its template says InApp = false), as are the
/// events meant for provider staff. The dedup key "event:{message id}" keeps a repeated delivery to one row.</summary>
internal sealed class InboxChannel(PlatformDbContext db, People people, IDataFilter filter) : IOutboxChannel
{
    public string Name => "inbox";

    public static string DedupKeyOf(Guid messageId) => $"event:{messageId:N}";

    public async Task<IReadOnlyList<string>> RecipientsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (TemplateRegistry.Find(message.Type) is not { InApp: true } template) return [];
        return (await people.InboxTenantsAsync(template, message, cancellationToken)).Select(t => t.ToString()).ToList();
    }

    public async Task<int?> DeliverAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (TemplateRegistry.Find(message.Type) is not { } template || !Guid.TryParse(delivery.Recipient, out var tenantId)) return null;
        var dedupKey = DedupKeyOf(message.Id);
        using (filter.DisableMultiTenant())
        {
            if (await db.Set<Notification>()
                .AnyAsync(n => n.TenantId == tenantId && n.DedupKey == dedupKey, cancellationToken)) return null;
        }
        // Title and Body keep a zh-CN rendering for readers of the raw row; the portal renders the template.
        var zh = TemplateRenderer.Render(template, Languages.ZhCn, message.Payload);
        db.Set<Notification>().Add(new Notification {
            TenantId = tenantId,
            Kind = template.EventName,
            DedupKey = dedupKey,
            CreatedAt = message.OccurredAt,
            Title = Cut(zh.Subject, 200),
            Body = Cut(zh.Body, 2000),
            TemplateKey = template.EventName,
            Parameters = message.Payload,
        });
        return null;
    }

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
