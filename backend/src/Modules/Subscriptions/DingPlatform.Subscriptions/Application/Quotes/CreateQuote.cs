using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Application.Quotes;

/// <summary>Prices what a tenant asks for: plan and/or add-on packs, with every discount explained.</summary>
internal sealed class CreateQuote(PlatformDbContext db, SubscriptionStore store, IPlanCatalog catalog, ITenantsFacade tenants, TimeProvider clock)
{
    public async Task<QuoteDto> ExecuteAsync(CreateQuoteRequest request, CancellationToken ct)
    {
        var quote = await PriceAsync(store.CurrentTenantId, request, ct);
        db.Set<Quote>().Add(quote);
        await db.SaveChangesAsync(ct);
        return quote.ToDto();
    }

    /// <summary>Builds (but does not save) a quote; the renewal reminders use it too.</summary>
    public async Task<Quote> PriceAsync(Guid tenantId, CreateQuoteRequest request, CancellationToken ct, DateTimeOffset? validUntil = null)
    {
        var today = clock.Today();
        var lines = new List<PricedLine>();
        PlanVersionInfo? plan = null;
        if (!string.IsNullOrWhiteSpace(request.PlanCode))
        {
            plan = await catalog.FindCurrentAsync(request.PlanCode.Trim(), ct)
                ?? throw new BusinessException(SubscriptionsErrors.UnknownPlan, $"There is no plan '{request.PlanCode}'.", 422).WithDetail("field", "planCode");
            if (plan.IsFree)
                throw new BusinessException(SubscriptionsErrors.FreePlan, $"{plan.Name} is free and needs no order.", 422).WithDetail("field", "planCode");
            var tenant = await tenants.FindAsync(tenantId, ct) ?? throw new EntityNotFoundException("Tenant", tenantId);
            if (tenant.VerificationStatus != VerificationStatus.Verified)
                throw new BusinessException(SubscriptionsErrors.NotVerified, "Only a verified company may subscribe to Professional (§3.2). Submit your verification first.");
            lines.Add(new PricedLine(LineKind.Plan, plan.Code, plan.Name, 1, plan.AnnualPrice, null, 0));
        }
        foreach (var (selection, i) in (request.AddOns ?? []).Select((a, i) => (a, i)))
        {
            var addOn = await catalog.FindAddOnAsync(selection.Code, ct)
                ?? throw new BusinessException(SubscriptionsErrors.UnknownAddOn, $"There is no add-on pack '{selection.Code}'.", 422).WithDetail("field", $"addOns[{i}].code");
            lines.Add(new PricedLine(LineKind.AddOn, addOn.Code, addOn.Name, selection.Quantity, addOn.Price, addOn.EntitlementKey, addOn.Amount * selection.Quantity));
        }
        if (lines.Count == 0)
            throw new InputException("planCode", "Choose a plan or at least one add-on pack.");
        if (plan is null && await store.LiveAsync(tenantId, ct) is null)
            throw new BusinessException(SubscriptionsErrors.AddOnNeedsSubscription, "Add-on packs add to a Professional subscription; order Professional with them.");

        var promotions = await db.Set<Promotion>().Where(p => p.Active).ToListAsync(ct);
        var voucher = request.VoucherCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(voucher) && !promotions.Any(p => p.VoucherCode == voucher && p.IsOpenOn(today)))
            throw new BusinessException(SubscriptionsErrors.UnknownVoucher, $"The voucher '{request.VoucherCode}' is not valid today.", 422).WithDetail("field", "voucherCode");
        var open = promotions.Where(p => p.IsOpenOn(today) && (p.VoucherCode is null || p.VoucherCode == voucher));

        var returning = plan is not null && await store.IsReturningCustomerAsync(tenantId, ct);
        var price = Pricing.Price(lines, returning, open);
        return Quote.Create(tenantId, plan?.Code, plan?.Name, plan?.Version, returning, returning, price, clock.GetUtcNow(), validUntil);
    }
}
