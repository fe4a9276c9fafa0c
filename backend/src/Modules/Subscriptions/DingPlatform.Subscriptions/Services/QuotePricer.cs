using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Tenants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Services;

/// <summary>Prices what a tenant asks for: plan and/or add-on packs, with every discount explained. Builds (but
/// does not save) a quote, so the tenant's quote request and the renewal reminders price the same way.</summary>
internal sealed class QuotePricer(PlatformDbContext db, SubscriptionStore store, IPlanCatalog catalog, ITenantsFacade tenants,
    TimeProvider clock)
{
    public async Task<Quote> PriceAsync(Guid tenantId, CreateQuoteRequest request, CancellationToken ct, DateTimeOffset? validUntil = null)
    {
        var today = clock.Today();
        var lines = new List<PricedLine>();
        PlanVersionInfo? plan = null;
        if (!string.IsNullOrWhiteSpace(request.PlanCode))
        {
            plan = await catalog.FindCurrentAsync(request.PlanCode.Trim(), ct)
                ?? throw new BusinessException(SubscriptionsErrors.UnknownPlan, $"There is no plan '{request.PlanCode}'.", 422)
                    .WithDetail("field", "planCode");
            if (plan.IsFree)
                throw new BusinessException(SubscriptionsErrors.FreePlan, $"{plan.Name} is free and needs no order.", 422)
                    .WithDetail("field", "planCode");
            var tenant = await tenants.FindAsync(tenantId, ct) ?? throw new EntityNotFoundException("Tenant", tenantId);
            OnlyVerifiedCompaniesSubscribe.Check(tenant.VerificationStatus);
            lines.Add(new PricedLine(LineKind.Plan, plan.Code, plan.Name, 1, plan.AnnualPrice, null, 0));
        }
        foreach (var (selection, i) in (request.AddOns ?? []).Select((a, i) => (a, i)))
        {
            var addOn = await catalog.FindAddOnAsync(selection.Code, ct)
                ?? throw new BusinessException(SubscriptionsErrors.UnknownAddOn, $"There is no add-on pack '{selection.Code}'.", 422)
                    .WithDetail("field", $"addOns[{i}].code");
            lines.Add(new PricedLine(LineKind.AddOn, addOn.Code, addOn.Name, selection.Quantity, addOn.Price, addOn.EntitlementKey,
                addOn.Amount * selection.Quantity));
        }
        if (lines.Count == 0)
            throw new InputException("planCode", "Choose a plan or at least one add-on pack.");
        if (plan is null && await store.LiveAsync(tenantId, ct) is null)
            throw new BusinessException(SubscriptionsErrors.AddOnNeedsSubscription,
                "Add-on packs add to a Professional subscription; order Professional with them.");

        var promotions = await db.Set<Promotion>().Where(p => p.Active).ToListAsync(ct);
        var voucher = request.VoucherCode?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(voucher) && !promotions.Any(p => p.VoucherCode == voucher && p.IsOpenOn(today)))
            throw new BusinessException(SubscriptionsErrors.UnknownVoucher, $"The voucher '{request.VoucherCode}' is not valid today.", 422)
                .WithDetail("field", "voucherCode");
        var open = promotions.Where(p => p.IsOpenOn(today) && (p.VoucherCode is null || p.VoucherCode == voucher));

        var returning = plan is not null && await store.IsReturningCustomerAsync(tenantId, ct);
        var price = Pricing.Price(lines, returning, open);
        return Quote.Create(tenantId, plan?.Code, plan?.Name, plan?.Version, returning, returning, price, clock.GetUtcNow(), validUntil);
    }
}
