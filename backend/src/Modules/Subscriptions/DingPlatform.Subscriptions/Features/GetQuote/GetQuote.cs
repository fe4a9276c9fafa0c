using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Features.GetQuote;

/// <summary>One of the tenant's quotes (another tenant's is not found, by the query filter).</summary>
internal sealed class GetQuote(PlatformDbContext db)
{
    public async Task<QuoteDto> ExecuteAsync(Guid id, CancellationToken ct) =>
        (await db.Set<Quote>().AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, ct)
            ?? throw new EntityNotFoundException("Quote", id)).ToDto();
}
