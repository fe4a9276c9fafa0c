using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Billing.Services;

/// <summary>Card and wallet payments. Stripe does not onboard mainland-China merchants, so without a key the
/// gateway is off and bank transfer remains the complete path.</summary>
public interface IPaymentGateway
{
    bool IsEnabled { get; }
    Task<CheckoutDto> CreateCheckoutAsync(OrderDto order, string successUrl, string cancelUrl, DateTimeOffset now, CancellationToken ct);
    Task RefundAsync(string paymentIntentId, decimal amount, CancellationToken ct);
}
