using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Http;

namespace DingPlatform.Billing.Features.StartCheckout;

/// <summary>A tenant admin pays an open order by card or wallet: each attempt opens a fresh Stripe Checkout
/// session for the order's exact total.</summary>
internal sealed class StartCheckout(PlatformDbContext db, IOrderReader orders, IPaymentGateway gateway, IHttpContextAccessor http,
    TimeProvider clock)
{
    public async Task<CheckoutDto> ExecuteAsync(Guid orderId, CheckoutRequest request, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderId, ct) ?? throw new EntityNotFoundException("Order", orderId);
        if (!gateway.IsEnabled) throw new BusinessException(BillingErrors.CardPaymentsDisabled,
            "Card payments are not enabled; pay by bank transfer.");
        if (order.Status is not (OrderStatus.PendingPayment or OrderStatus.Overdue))
            throw new BusinessException(BillingErrors.OrderNotPayable, $"Order {order.Number} is {order.Status} and cannot be paid.");
        var origin = http.HttpContext is { } c ? $"{c.Request.Scheme}://{c.Request.Host}" : "";
        var back = request.ReturnUrl ?? $"{origin}/portal/orders/{order.Id}";
        var now = clock.GetUtcNow();
        var session = await gateway.CreateCheckoutAsync(order, back + (back.Contains('?') ? "&" : "?") + "paid=1", back, now, ct);
        db.Set<CheckoutSessionRecord>()
            .Add(new CheckoutSessionRecord {
                SessionId = session.SessionId,
                TenantId = order.TenantId,
                OrderId = order.Id,
                CreatedAt = now,
                ExpiresAt = session.ExpiresAt
            });
        await db.SaveChangesAsync(ct);
        return session;
    }
}
