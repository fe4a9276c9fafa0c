namespace DingPlatform.Billing.Domain;

/// <summary>A Stripe Checkout session opened for an order (each payment attempt opens a fresh one).</summary>
public sealed class CheckoutSessionRecord : Platform.MultiTenancy.IMultiTenant
{
    public string SessionId { get; init; } = "";
    public Guid TenantId { get; init; }
    public Guid OrderId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
