using System.Text.Json;
using DingPlatform.Billing.Persistence;
using DingPlatform.Billing.Services;
using DingPlatform.Documents;
using DingPlatform.Platform;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.Extensions.Options;

namespace DingPlatform.Billing.Features.DownloadInvoicePdf;

/// <summary>The invoice as a PDF file a tenant can keep: buyer as copied onto the invoice, the order's lines
/// split into net and 6% VAT (§2.2), and the late-issue penalty when there is one.</summary>
internal sealed class DownloadInvoicePdf(InvoiceStore invoices, IDocumentRenderer renderer, IOptions<ProviderProfile> providerOptions)
{
    /// <summary><paramref name="anyTenant"/> for staff; a tenant reads only its own invoices.</summary>
    public async Task<(byte[] Pdf, string FileName)> ExecuteAsync(Guid invoiceId, bool anyTenant, CancellationToken ct)
    {
        var invoice = anyTenant ? await invoices.GetAnyAsync(invoiceId, ct) : await invoices.GetAsync(invoiceId, ct);
        var lines = JsonSerializer.Deserialize<List<LineDto>>(invoice.LinesJson, JsonSerializerOptions.Web) ?? [];
        var b = invoice.Buyer;
        var document =
            new InvoiceDocument(invoice.Number, invoice.Kind.ToString(), invoice.IsRedLetter, invoice.IssuedOn, invoice.TaxBureauNumber,
            new Party(b.Name, b.Address, null, b.Phone, b.TaxpayerId, b.Bank, b.Account), DocumentParties.Provider(providerOptions.Value),
            lines.Select(l => new DocumentLine(l.Name, l.Quantity, l.UnitPrice, l.Amount)).ToList(),
            invoice.Net, invoice.Tax, invoice.Total, Vat.StandardRatePercent, invoice.OrderNumber, invoice.PaymentDate, invoice.Deadline,
                invoice.PenaltyAccrued,
            invoice.Status.ToString());
        return (renderer.RenderInvoice(document), $"invoice-{invoice.Number}.pdf");
    }
}
