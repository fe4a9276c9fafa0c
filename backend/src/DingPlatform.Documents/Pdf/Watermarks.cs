using PdfSharp.Drawing;

namespace DingPlatform.Documents.Pdf;

/// <summary>The diagonal stamp on a document that is not (or no longer) in force: 草稿, 已取消, 未开具 …</summary>
internal static class Watermarks
{
    public static void Draw(XGraphics g, string text, XFont font)
    {
        var state = g.Save();
        var center = new XPoint(PdfLayout.PageWidth / 2, PdfLayout.PageHeight / 2);
        g.RotateAtTransform(-35, center);
        var width = MixedText.Measure(g, text, font);
        MixedText.Draw(g, text, font, new XSolidBrush(XColor.FromArgb(48, 200, 30, 30)), center.X - width / 2, center.Y - font.Size / 2);
        g.Restore(state);
    }
}
