using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;

namespace DingPlatform.Subscriptions.Domain;

/// <summary>Money received against an order. (Method, Reference) is unique, which makes confirmation idempotent.</summary>
public sealed class Payment : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public PaymentMethod Method { get; private set; }
    public decimal Amount { get; private set; }
    public string Reference { get; private set; } = "";
    public DateOnly PaidOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private Payment() { }

    public static Payment Record(Order order, PaymentMethod method, decimal amount, string reference, DateOnly paidOn,
        DateTimeOffset now) => new() {
            TenantId = order.TenantId,
            OrderId = order.Id,
            Method = method,
            Amount = amount,
            Reference = reference.Trim(),
            PaidOn = paidOn,
            RecordedAt = now,
        };
}
