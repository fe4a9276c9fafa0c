using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Errors;
using DingPlatform.Subscriptions.Contracts;
using Stripe;
using Stripe.Checkout;

namespace DingPlatform.Billing.Services;

/// <summary>Stripe Checkout in payment mode, CNY in fen, the order id in metadata. Sessions live at most
/// 24 hours, so each payment attempt opens a fresh one; the order's 30-day term is ours.</summary>
internal sealed class StripePaymentGateway(StripeSettings settings) : IPaymentGateway
{
    private readonly StripeClient? _client = settings.IsEnabled
        ? new StripeClient(settings.SecretKey, apiBase: string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase)
        : null;

    public bool IsEnabled => _client is not null;

    public async Task<CheckoutDto> CreateCheckoutAsync(OrderDto order, string successUrl, string cancelUrl, DateTimeOffset now,
        CancellationToken ct)
    {
        var client = _client ?? throw Disabled();
        var expires = now.AddHours(23).UtcDateTime;
        var options = new SessionCreateOptions {
            Mode = "payment",
            ClientReferenceId = order.Id.ToString(),
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
            ExpiresAt = expires,
            Metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number },
            PaymentIntentData =
                new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string> { ["order_id"] = order.Id.ToString() } },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "cny",
                        UnitAmount = ToFen(order.Total),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = $"{order.Number} · "
                            + string.Join(", ", order.Lines.Select(l => l.Name)) },
                    },
                },
            ],
        };
        try
        {
            var session = await new SessionService(client).CreateAsync(options, cancellationToken: ct);
            return new CheckoutDto(session.Id, session.Url,
                new DateTimeOffset(session.ExpiresAt == default ? expires : session.ExpiresAt, TimeSpan.Zero));
        }
        catch (StripeException e)
        {
            throw new BusinessException(BillingErrors.GatewayFailed,
                $"The card payment could not be started: {e.StripeError?.Message ?? e.Message}", 502);
        }
    }

    public async Task RefundAsync(string paymentIntentId, decimal amount, CancellationToken ct)
    {
        var client = _client ?? throw Disabled();
        try
        {
            await new RefundService(client)
                .CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = ToFen(amount) }, cancellationToken: ct);
        }
        catch (StripeException e)
        {
            throw new BusinessException(BillingErrors.GatewayFailed,
                $"Stripe refused the refund: {e.StripeError?.Message ?? e.Message}", 502);
        }
    }

    /// <summary>Stripe amounts are integers in the smallest unit (fen).</summary>
    public static long ToFen(decimal cny) => (long)decimal.Round(cny * 100m, 0, MidpointRounding.AwayFromZero);

    private static BusinessException Disabled()
        => new(BillingErrors.CardPaymentsDisabled, "Card payments are not enabled; pay by bank transfer.");
}
