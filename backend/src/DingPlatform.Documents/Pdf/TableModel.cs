using PdfSharp.Drawing;

namespace DingPlatform.Documents.Pdf;

// What PdfLayout.Table draws: columns of fixed width (points) and rows of wrapped cells.

internal enum CellAlign
{
    Left,
    Center,
    Right,
}

internal sealed record TableColumn(string Header, double Width, CellAlign Align = CellAlign.Left);

internal sealed record TableRow(IReadOnlyList<string> Cells, bool Bold = false, XColor? Fill = null);
