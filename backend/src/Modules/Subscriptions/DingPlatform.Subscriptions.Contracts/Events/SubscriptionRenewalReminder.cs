using DingPlatform.Platform.Events;

namespace DingPlatform.Subscriptions.Contracts.Events;

/// <summary>§3.1.5: a reminder that the subscription ends in <see cref="DaysLeft"/> days, with the renewal offer
/// (a quote already priced for a returning customer) unless a renewal order is already open. Published by the
/// daily reminder job in the transaction that saves the offer; <see cref="DedupKey"/> is one per subscription,
/// end date and threshold, so a repeated run never reminds twice.</summary>
[EventName("subscription.renewal-reminder")]
public sealed record SubscriptionRenewalReminder(
    Guid SubscriptionId, Guid TenantId, DateOnly EndDate, int DaysLeft, string DedupKey,
    Guid? OfferQuoteId, decimal? OfferTotal, bool OfferIsForReturningCustomer) : IIntegrationEvent
{
    Guid? IIntegrationEvent.TenantId => TenantId;
}
