using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;

namespace DingPlatform.Billing.Services;

/// <summary>Domain to wire: one place, because several use cases return the same DTOs.</summary>
internal static class BillingMapper
{
    public static InvoiceDto ToDto(this Invoice i, DateOnly today) => new(
        i.Id, i.Number, i.TenantId, i.TenantName, i.OrderId, i.OrderNumber, i.Kind, i.IsRedLetter, i.ReversesInvoiceId, i.Status,
        i.Total, i.Net, i.Tax,
            new BuyerDto(i.Buyer.Name, i.Buyer.TaxpayerId, i.Buyer.Address, i.Buyer.Phone, i.Buyer.Bank, i.Buyer.Account),
        i.PaymentDate, i.Deadline, i.IsOverdueOn(today), i.PenaltyDays, i.PenaltyAccrued, i.IssuedOn, i.TaxBureauNumber);

    public static CreditDto ToDto(this Credit c)
        => new(c.Id, c.TenantId, c.TenantName, c.InvoiceId, c.InvoiceNumber, c.Amount, c.Status, c.SettlementNote, c.SettledAt);

    public static StatementLineDto ToDto(this StatementLine l) =>
        new(l.Id, l.FileName, l.LineNumber, l.Date, l.Amount, l.Memo, l.Payer, l.TransactionId, l.Status, l.OrderNumber, l.Note);
}
