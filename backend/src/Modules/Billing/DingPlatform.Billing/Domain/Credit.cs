using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Billing.Domain;

/// <summary>What the provider owes a tenant for issuing late (§2.2 note), until staff settle it.</summary>
public sealed class Credit : IMultiTenant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string TenantName { get; private set; } = "";
    public Guid InvoiceId { get; private set; }
    public string InvoiceNumber { get; private set; } = "";
    public decimal Amount { get; private set; }
    public CreditStatus Status { get; private set; }
    public string? SettlementNote { get; private set; }
    public DateTimeOffset? SettledAt { get; private set; }

    private Credit() { }

    public static Credit For(Invoice invoice) => new() {
        TenantId = invoice.TenantId,
        TenantName = invoice.TenantName,
        InvoiceId = invoice.Id,
        InvoiceNumber = invoice.Number,
        Status = CreditStatus.Owed,
    };

    public void Add(decimal amount)
    {
        if (Status != CreditStatus.Owed) throw new InvalidOperationException(
            "A settled credit does not grow; the invoice was issued before settling.");
        Amount += amount;
    }

    public void Settle(CreditStatus settlement, string note, DateTimeOffset now)
    {
        if (Status != CreditStatus.Owed) throw new BusinessException(BillingErrors.CreditSettled,
            $"This credit was already settled ({Status}).");
        if (settlement == CreditStatus.Owed) throw new InputException("settlement", "Settle as AppliedToOrder or PaidOut.");
        Status = settlement;
        SettlementNote = note.Trim();
        SettledAt = now;
    }
}
