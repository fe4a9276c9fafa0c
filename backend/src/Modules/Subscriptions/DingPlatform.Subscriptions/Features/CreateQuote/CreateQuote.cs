using DingPlatform.Platform.Data;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;

namespace DingPlatform.Subscriptions.Features.CreateQuote;

/// <summary>The tenant asks for a price: the quote is saved so it can be accepted within its validity.</summary>
internal sealed class CreateQuote(PlatformDbContext db, SubscriptionStore store, QuotePricer pricer)
{
    public async Task<QuoteDto> ExecuteAsync(CreateQuoteRequest request, CancellationToken ct)
    {
        var quote = await pricer.PriceAsync(store.CurrentTenantId, request, ct);
        db.Set<Quote>().Add(quote);
        await db.SaveChangesAsync(ct);
        return quote.ToDto();
    }
}
