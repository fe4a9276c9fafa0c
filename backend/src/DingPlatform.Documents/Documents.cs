namespace DingPlatform.Documents;

/// <summary>A party named on a document: the tenant (甲方 / 购买方), the provider (乙方 / 销售方) or a payee.</summary>
public sealed record Party(string Name, string? Address, string? Contact, string? Phone, string? TaxpayerId, string? Bank, string? Account);

/// <summary>A priced line. <see cref="Amount"/> is tax-inclusive (prices include VAT).</summary>
public sealed record DocumentLine(string Name, int Quantity, decimal UnitPrice, decimal Amount);

/// <summary>A discount taken off the list total; <see cref="Amount"/> is positive (the amount taken off).</summary>
public sealed record DocumentDiscount(string Description, decimal Amount);

/// <summary>A row of the entitlement appendix (附件一): the item, its quantity/specification, an optional note.</summary>
public sealed record AppendixRow(string Key, string Value, string? Note);

/// <summary>The sales and service agreement (order) a tenant accepts.</summary>
public sealed record AgreementDocument(
    string Number,
    DateOnly SignedOn,
    Party Tenant,
    Party Provider,
    IReadOnlyList<DocumentLine> Lines,
    decimal ListTotal,
    IReadOnlyList<DocumentDiscount> Discounts,
    decimal Total,
    int BonusMonths,
    DateOnly DueDate,
    Party Payee,
    IReadOnlyList<AppendixRow> Appendix,
    string Status);

/// <summary>A 6% VAT invoice. <see cref="Kind"/> is "Special" (增值税专用发票) or "Ordinary" (增值税普通发票).
/// A red-letter (红字) invoice is shown with negative amounts whether the figures given are negative or not.</summary>
public sealed record InvoiceDocument(
    string Number,
    string Kind,
    bool IsRedLetter,
    DateOnly? IssuedOn,
    string? TaxBureauNumber,
    Party Buyer,
    Party Seller,
    IReadOnlyList<DocumentLine> Lines,
    decimal Net,
    decimal Tax,
    decimal Total,
    decimal TaxRatePercent,
    string OrderNumber,
    DateOnly PaymentDate,
    DateOnly Deadline,
    decimal PenaltyAccrued,
    string Status);

/// <summary>Renders documents as files a tenant can keep.</summary>
public interface IDocumentRenderer
{
    /// <summary>The agreement as an A4 PDF.</summary>
    byte[] RenderAgreement(AgreementDocument d);

    /// <summary>The invoice as an A4 PDF.</summary>
    byte[] RenderInvoice(InvoiceDocument d);
}
