using System.Text.Json;
using DingPlatform.Notifications.Contracts;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Subscriptions.Contracts.Events;

namespace DingPlatform.Notifications.Features.NotifyRenewalReminder;

/// <summary>§3.1.5: a renewal reminder becomes an in-app notification carrying the offer. Runs in the reminder
/// job's transaction, so the offer and its notification are saved together or not at all; the (tenant, dedup
/// key) unique index is the last guard against a reminder sent twice.</summary>
internal sealed class NotifyRenewalReminder(PlatformDbContext db, TimeProvider clock)
    : IIntegrationEventHandler<SubscriptionRenewalReminder>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task HandleAsync(SubscriptionRenewalReminder e, CancellationToken cancellationToken)
    {
        db.Set<Notification>().Add(new Notification {
            TenantId = e.TenantId,
            Kind = NotificationKinds.RenewalReminder,
            DedupKey = e.DedupKey,
            CreatedAt = clock.GetUtcNow(),
            QuoteId = e.OfferQuoteId,
            // Rendered per reader by the portal; Title and Body keep the bilingual text the row always had.
            TemplateKey = "subscription.renewal-reminder",
            Parameters = JsonSerializer.Serialize(e, Json),
            Title = $"专业版将于 {e.DaysLeft} 天后到期 · Professional ends in {e.DaysLeft} day(s)",
            Body = e.OfferQuoteId is null
                ? $"Your subscription ends on {e.EndDate:yyyy-MM-dd}. Pay your open renewal order to continue."
                : $"Your subscription ends on {e.EndDate:yyyy-MM-dd}. Renew now for {e.OfferTotal.GetValueOrDefault():0.00} CNY"
                    + (e.OfferIsForReturningCustomer ? " (returning customer 10% off)." : "."),
        });
        return Task.CompletedTask;
    }
}
