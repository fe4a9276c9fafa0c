using DingPlatform.Documents.Pdf;

namespace DingPlatform.Documents;

/// <summary>Renders agreements and invoices as A4 PDFs with PDFsharp 6.2 and the bundled CJK font.
/// Thread-safe: every call builds its own document. The layouts are <see cref="AgreementPdf"/> and
/// <see cref="InvoicePdf"/>, both on <see cref="PdfLayout"/>.</summary>
public sealed class PdfDocumentRenderer : IDocumentRenderer
{
    /// <inheritdoc />
    public byte[] RenderAgreement(AgreementDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return AgreementPdf.Render(d);
    }

    /// <inheritdoc />
    public byte[] RenderInvoice(InvoiceDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return InvoicePdf.Render(d);
    }
}
