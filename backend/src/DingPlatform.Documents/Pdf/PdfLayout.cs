using DingPlatform.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DingPlatform.Documents.Pdf;

/// <summary>A flowing A4 page writer over PDFsharp's XGraphics: a cursor moving down the page, wrapped
/// paragraphs (CJK text breaks between any two characters, Latin words at spaces), tables whose rows move
/// to the next page with the header repeated, and page footers written once the page count is known.</summary>
internal sealed class PdfLayout : IDisposable
{
    public const double PageWidth = 595.276; // A4, points
    public const double PageHeight = 841.89;
    public const double Margin = 51; // 18 mm
    public const double Left = Margin;
    public const double Right = PageWidth - Margin;
    public const double Top = Margin;
    public const double Bottom = PageHeight - Margin - 14; // room for the footer
    public const double ContentWidth = Right - Left;
    private const double CellPadding = 4;

    public static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    public static readonly XColor Muted = XColor.FromArgb(0x66, 0x66, 0x66);
    public static readonly XColor Rule = XColor.FromArgb(0x99, 0x99, 0x99);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xEE, 0xF1, 0xF5);
    public static readonly XColor TotalFill = XColor.FromArgb(0xF7, 0xF7, 0xF7);

    private readonly PdfDocument _document;
    private XGraphics? _gfx;

    public PdfLayout(string title, string subject)
    {
        DocumentFontResolver.Register();
        _document = new PdfDocument();
        _document.Info.Title = title;
        _document.Info.Subject = subject;
        _document.Info.Creator = "DingPlatform";
        _document.Info.Author = "DingPlatform";
        NewPage();
    }

    public double Y { get; set; }

    public XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page is open.");

    public int PageCount => _document.PageCount;

    /// <summary>Called on every new page after the first, e.g. to draw a running header.</summary>
    public Action<PdfLayout>? OnNewPage { get; set; }

    public XFont Font(double size, bool bold = false) => MixedText.Font(size, bold);

    public static double LineHeight(XFont font) => font.Size * 1.45;

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Top;
        if (_document.PageCount > 1)
            OnNewPage?.Invoke(this);
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom)
            NewPage();
    }

    public void Space(double points) => Y = Math.Min(Y + points, Bottom);

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : MixedText.Measure(Gfx, text, font);

    public void Text(string text, XFont font, double x, double y, XColor? color = null) =>
        MixedText.Draw(Gfx, text, font, new XSolidBrush(color ?? Ink), x, y);

    public void TextAligned(string text, XFont font, double x, double y, double width, CellAlign align, XColor? color = null)
    {
        var w = Measure(text, font);
        var left = align switch {
            CellAlign.Center => x + (width - w) / 2,
            CellAlign.Right => x + width - w,
            _ => x,
        };
        Text(text, font, left, y, color);
    }

    /// <summary>A centred line (titles).</summary>
    public void Centered(string text, XFont font, XColor? color = null, double after = 0)
    {
        var lines = Wrap(text, font, ContentWidth);
        foreach (var line in lines)
        {
            EnsureSpace(LineHeight(font));
            TextAligned(line, font, Left, Y, ContentWidth, CellAlign.Center, color);
            Y += LineHeight(font);
        }
        Y += after;
    }

    /// <summary>A wrapped paragraph; <paramref name="hangingLabel"/> is drawn in front of the first line and the
    /// text is indented after it on every line. <paramref name="keepWithNext"/> points of what follows must fit
    /// on the same page as the first line (headings).</summary>
    public void Paragraph(string text, XFont font, double indent = 0, double firstLineIndent = 0, XColor? color = null,
        double after = 3, string? hangingLabel = null, XFont? labelFont = null, double? labelWidth = null, double keepWithNext = 0)
    {
        var x = Left + indent;
        var width = ContentWidth - indent;
        var lh = LineHeight(font);
        EnsureSpace(lh + keepWithNext);
        if (hangingLabel is not null)
        {
            labelFont ??= font;
            var w = labelWidth ?? Measure(hangingLabel, labelFont);
            EnsureSpace(lh);
            Text(hangingLabel, labelFont, x, Y, color);
            x += w;
            width -= w;
        }
        var lines = WrapFirstIndented(text, font, width, firstLineIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            if (Y + lh > Bottom)
                NewPage();
            Text(lines[i], font, x + (i == 0 ? firstLineIndent : 0), Y, color);
            Y += lh;
        }
        if (lines.Count == 0)
            Y += lh;
        Y += after;
    }

    public void HorizontalRule(XColor? color = null, double width = 0.6, double after = 6)
    {
        Gfx.DrawLine(new XPen(color ?? Rule, width), Left, Y, Right, Y);
        Y += after;
    }

    /// <summary>A bordered table. Rows never split unless a single row is taller than a page; the header is
    /// repeated at the top of each continuation page.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, XFont font, XFont headerFont,
        bool showHeader = true, XColor? border = null, double x0 = Left)
    {
        var pen = new XPen(border ?? Rule, 0.6);
        var lh = LineHeight(font);
        var headerHeight = LineHeight(headerFont) + 2 * CellPadding;

        void Header()
        {
            if (!showHeader)
                return;
            var x = x0;
            Gfx.DrawRectangle(new XSolidBrush(HeaderFill), x0, Y, columns.Sum(c => c.Width), headerHeight);
            foreach (var c in columns)
            {
                var headerLines = Wrap(c.Header, headerFont, c.Width - 2 * CellPadding);
                TextAligned(headerLines.FirstOrDefault() ?? "", headerFont, x + CellPadding, Y + CellPadding, c.Width - 2 * CellPadding,
                    CellAlign.Center);
                Gfx.DrawRectangle(pen, x, Y, c.Width, headerHeight);
                x += c.Width;
            }
            Y += headerHeight;
        }

        EnsureSpace(headerHeight + lh + 2 * CellPadding);
        Header();
        foreach (var row in rows)
        {
            var rowFont = row.Bold ? Font(font.Size, bold: true) : font;
            var cellLines =
                columns.Select((c, i) => Wrap(i < row.Cells.Count ? row.Cells[i] : "", rowFont, c.Width - 2 * CellPadding)).ToList();
            var lineCount = Math.Max(1, cellLines.Max(l => l.Count));
            var rowHeight = lineCount * lh + 2 * CellPadding;
            var fresh = Bottom - Top - (showHeader ? headerHeight : 0);
            if (Y + rowHeight > Bottom && rowHeight <= fresh)
            {
                NewPage();
                Header();
            }
            // Draw the row, splitting it over pages only when it is taller than a whole page.
            var start = 0;
            while (start < lineCount)
            {
                var fit = (int)Math.Floor((Bottom - Y - 2 * CellPadding) / lh);
                if (fit < 1)
                {
                    NewPage();
                    Header();
                    continue;
                }
                var take = Math.Min(fit, lineCount - start);
                var h = take * lh + 2 * CellPadding;
                var x = x0;
                if (row.Fill is { } fill)
                    Gfx.DrawRectangle(new XSolidBrush(fill), x0, Y, columns.Sum(c => c.Width), h);
                for (var ci = 0; ci < columns.Count; ci++)
                {
                    var c = columns[ci];
                    var lines = cellLines[ci];
                    for (var li = start; li < Math.Min(lines.Count, start + take); li++)
                        TextAligned(lines[li], rowFont, x + CellPadding, Y + CellPadding + (li - start) * lh,
                            c.Width - 2 * CellPadding, c.Align);
                    Gfx.DrawRectangle(pen, x, Y, c.Width, h);
                    x += c.Width;
                }
                Y += h;
                start += take;
            }
        }
    }

    /// <summary>Greedy line breaking (see <see cref="LineBreaker"/>) measured in this document's fonts.
    /// '\n' forces a break.</summary>
    public List<string> Wrap(string text, XFont font, double width) => LineBreaker.Wrap(text, width, 0, t => Measure(t, font));

    private List<string> WrapFirstIndented(string text, XFont font, double width, double firstLineIndent) =>
        LineBreaker.Wrap(text, width, firstLineIndent, t => Measure(t, font));

    /// <summary>Draws "第 n 页 / 共 m 页" and <paramref name="footerLeft"/> at the foot of every page, then saves.</summary>
    public byte[] Finish(string footerLeft, Action<XGraphics>? eachPage = null)
    {
        _gfx?.Dispose();
        _gfx = null;
        var font = Font(8);
        var brush = new XSolidBrush(Muted);
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            eachPage?.Invoke(gfx);
            var y = PageHeight - Margin + 4;
            gfx.DrawLine(new XPen(Rule, 0.4), Left, y - 4, Right, y - 4);
            MixedText.Draw(gfx, footerLeft, font, brush, Left, y);
            var pageText = $"第 {i + 1} 页 / 共 {count} 页";
            MixedText.Draw(gfx, pageText, font, brush, Right - MixedText.Measure(gfx, pageText, font), y);
        }
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}
