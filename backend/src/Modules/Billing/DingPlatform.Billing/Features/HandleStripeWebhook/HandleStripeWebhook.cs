using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stripe;
using Stripe.Checkout;

namespace DingPlatform.Billing.Features.HandleStripeWebhook;

/// <summary>Stripe's webhook: the signature is checked on the raw body (5-minute tolerance on our clock),
/// each event id is stored once, and a paid checkout confirms the order through the same use case as a
/// bank transfer. Redeliveries, concurrent deliveries and out-of-order events have exactly one effect.</summary>
internal sealed class HandleStripeWebhook(PlatformDbContext db, StripeSettings settings, IPaymentConfirmation confirmation,
    TimeProvider clock,
    ILogger<HandleStripeWebhook> logger)
{
    public const long ToleranceSeconds = 300;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret)) return Results.NotFound();
        string json;
        using (var reader = new StreamReader(request.Body)) json = await reader.ReadToEndAsync(ct);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(json, request.Headers["Stripe-Signature"], settings.WebhookSecret,
                ToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException e)
        {
            logger.LogWarning("Stripe webhook refused: {Reason}", e.Message);
            return Results.Problem(title: "The Stripe signature is missing, wrong or too old.", statusCode: 400,
                extensions: new Dictionary<string, object?> { ["code"] = "Billing:BadSignature" });
        }

        var session = stripeEvent.Data.Object as Session;
        Guid? orderId = session?.Metadata is { } m && m.TryGetValue("order_id", out var id) && Guid.TryParse(id, out var g) ? g : null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<StripeEventRecord>()
            .Add(new StripeEventRecord {
                EventId = stripeEvent.Id,
                Type = stripeEvent.Type,
                ReceivedAt = clock.GetUtcNow(),
                OrderId = orderId
            });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Results.Ok(new { received = true, duplicate = true }); // delivered before (or right now, concurrently)
        }

        if (session is not null && orderId is { } order && IsPaid(stripeEvent.Type, session))
        {
            var paidOn = BusinessTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc)));
            try
            {
                await confirmation.ConfirmAsync(
                    new PaymentConfirmation(order, DingPlatform.Subscriptions.Contracts.PaymentMethod.Card,
                        (session.AmountTotal ?? 0) / 100m,
                    session.PaymentIntentId ?? session.Id, paidOn), ct);
            }
            catch (Platform.Errors.BusinessException e)
            {
                // Money arrived for an order that cannot take it (lapsed meanwhile, amount changed): keep the event
                // so Stripe stops retrying, and leave it to staff, who see it in the log and the audit trail.
                db.ChangeTracker.Clear();
                logger.LogError("Stripe payment for order {OrderId} could not be applied: {Code} {Message}", order, e.Code, e.Message);
            }
        }
        await tx.CommitAsync(ct);
        return Results.Ok(new { received = true });
    }

    /// <summary>A completed session may still be awaiting an asynchronous payment method; that one confirms
    /// with its own "succeeded" event. Expired or failed sessions change nothing: the order stays payable.</summary>
    private static bool IsPaid(string type, Session session) =>
        type is "checkout.session.completed" or "checkout.session.async_payment_succeeded" && session.PaymentStatus == "paid";
}
