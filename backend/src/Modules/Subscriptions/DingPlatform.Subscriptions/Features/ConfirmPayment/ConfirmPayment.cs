using DingPlatform.Platform.Events;
using DingPlatform.Platform;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Contracts.Events;
using DingPlatform.Subscriptions.Domain;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Features.ConfirmPayment;

/// <summary>The one path from "money arrived" to "the tenant has what it bought", for bank transfers and
/// card payments alike. The order is paid in full or not at all; activation starts a year from today
/// (plus bonus), or a renewal adds a term from the current end date; add-ons join the subscription.
/// Idempotent: the same (method, reference) confirmed again returns the order unchanged.</summary>
internal sealed class ConfirmPayment(
    PlatformDbContext db, SubscriptionStore store, ICurrentTenant currentTenant, IDataFilter filter, IAuditLog audit,
    IOptions<ProviderProfile> provider, IMemoryCache cache, TimeProvider clock, IEventPublisher events) : IPaymentConfirmation
{
    public async Task<OrderDto> ConfirmAsync(PaymentConfirmation payment, CancellationToken ct)
    {
        var reference = payment.Reference.Trim();
        Order order;
        using (filter.DisableMultiTenant())
            order = await store.OrderAsync(payment.OrderId, ct);
        using var tenantScope = currentTenant.Change(order.TenantId);

        if (await FindDuplicateAsync(payment.Method, reference, ct) is { } existing)
            return existing.OrderId == order.Id
                ? await DtoAsync(order, ct)
                : throw new BusinessException(SubscriptionsErrors.PaymentForOtherOrder,
                    $"Payment reference '{reference}' was already recorded against another order.").WithDetail("field", "reference");

        var now = clock.GetUtcNow();
        var today = BusinessTime.DateOf(now);
        order.Pay(payment.Amount, now, today);
        db.Set<Payment>().Add(Payment.Record(order, payment.Method, payment.Amount, reference, payment.PaidOn, now));
        var activated = await ActivateAsync(order, today, now, ct);
        audit.Record(order.TenantId, "Payment.Confirmed", $"{order.Number}: {payment.Amount:0.00} CNY by {payment.Method} ({reference})");
        try
        {
            // One transaction for the payment, the activation and what other modules do about it (the invoice
            // and its gap-free number): all of it happens, or none.
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            if (activated is not null)
                await events.PublishAsync(
                    new SubscriptionActivated(activated.Id, activated.TenantId, activated.PlanCode, activated.StartDate, activated.EndDate,
                        order.Id), ct);
            var paid = new OrderPaid(order.Id, order.Number, order.TenantId, order.TenantName, order.Total, payment.Method, reference,
                payment.PaidOn,
                order.Lines.Select(l => l.ToDto()).ToList());
            await events.PublishAsync(paid, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A unique index refused it: the same payment confirmed concurrently (same outcome, return it),
            // or another payment settled the order first.
            db.ChangeTracker.Clear();
            var current = await store.OrderAsync(order.Id, ct);
            if (await FindDuplicateAsync(payment.Method, reference, ct, fresh: true) is { } raced && raced.OrderId == order.Id)
                return await DtoAsync(current, ct);
            throw new BusinessException(SubscriptionsErrors.OrderAlreadyPaid, $"Order {current.Number} is {current.Status}.");
        }
        SubscriptionPlanResolver.Forget(cache, order.TenantId);
        return await DtoAsync(order, ct);
    }

    /// <summary>Returns the subscription the order started, if it started one (not for a renewal or add-ons).</summary>
    private async Task<Subscription?> ActivateAsync(Order order, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        Subscription? started = null;
        var live = await store.LiveAsync(order.TenantId, ct);
        if (live is not null && live.ExpireIfDue(today, now)) live = null; // ended but not yet reconciled by the job
        if (order.PlanCode is not null)
        {
            if (live is not null)
                live.Extend(order.PlanVersion!.Value, order.BonusMonths, order.Id, now);
            else
                db.Set<Subscription>()
                    .Add(live = started = Subscription.Activate(order.TenantId, order.PlanCode, order.PlanVersion!.Value, today,
                        order.BonusMonths, order.Id, now));
        }
        foreach (var line in order.Lines.Where(l => l.Kind == LineKind.AddOn))
        {
            if (live is null)
                throw new BusinessException(SubscriptionsErrors.AddOnNeedsSubscription,
                    "Add-on packs need a running Professional subscription.");
            live.AddAddOn(line.EntitlementKey!, line.EntitlementAmount, order.Id, now);
        }
        return started;
    }

    private async Task<Payment?> FindDuplicateAsync(PaymentMethod method, string reference, CancellationToken ct, bool fresh = false)
    {
        using var _ = filter.DisableMultiTenant();
        var q = db.Set<Payment>().Where(p => p.Method == method && p.Reference == reference);
        return await (fresh ? q.AsNoTracking() : q).SingleOrDefaultAsync(ct);
    }

    private async Task<OrderDto> DtoAsync(Order order, CancellationToken ct) =>
        order.ToDto(provider.Value, await store.PaymentsForAsync([order.Id], ct));
}
