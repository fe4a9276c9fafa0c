using DingPlatform.Platform;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Services;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Features.AcceptQuote;

/// <summary>The tenant admin accepts a quote electronically: it becomes the order (the agreement) with its
/// price, discounts and bonus frozen, due 30 days after signing.</summary>
internal sealed class AcceptQuote(PlatformDbContext db, Sequences sequences, ITenantsFacade tenants,
    IOptions<ProviderProfile> provider, TimeProvider clock)
{
    public async Task<OrderDto> ExecuteAsync(Guid quoteId, CancellationToken ct)
    {
        var quote = await db.Set<Quote>().SingleOrDefaultAsync(q => q.Id == quoteId, ct)
            ?? throw new EntityNotFoundException("Quote", quoteId);
        var tenant = await tenants.FindAsync(quote.TenantId, ct) ?? throw new EntityNotFoundException("Tenant", quote.TenantId);
        if (quote.PlanCode is not null) OnlyVerifiedCompaniesSubscribe.Check(tenant.VerificationStatus);

        var now = clock.GetUtcNow();
        var today = BusinessTime.DateOf(now);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = $"DP{today.Year}{await sequences.NextAsync($"order-{today.Year}", ct):D6}";
        var order = Order.Sign(quote, number, tenant.Name, now, today);
        quote.MarkAccepted(order.Id, now);
        db.Set<Order>().Add(order);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return order.ToDto(provider.Value, []);
    }
}
