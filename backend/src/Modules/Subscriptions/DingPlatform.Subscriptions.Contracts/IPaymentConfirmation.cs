namespace DingPlatform.Subscriptions.Contracts;

/// <summary>The one path by which a payment activates what an order sold. Idempotent per (method, reference).</summary>
public interface IPaymentConfirmation
{
    Task<OrderDto> ConfirmAsync(PaymentConfirmation payment, CancellationToken ct);
}
