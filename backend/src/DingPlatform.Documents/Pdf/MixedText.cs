using System.Collections.Concurrent;
using DingPlatform.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DingPlatform.Documents.Pdf;

/// <summary>Draws and measures text that mixes Chinese and Latin: each run goes to the font that has its glyphs
/// (Droid Sans Fallback has no Latin letters or digits), on a common baseline.</summary>
internal static class MixedText
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly ConcurrentDictionary<(double Size, bool Bold, bool Latin), XFont> Fonts = new();

    /// <summary>The CJK font of a size and weight: the handle the layout passes around.</summary>
    public static XFont Font(double size, bool bold) => Get(size, bold, latin: false);

    private static XFont Get(double size, bool bold, bool latin) => Fonts.GetOrAdd((size, bold, latin), k =>
        new XFont(k.Latin ? FontFamilies.Latin : FontFamilies.Cjk, k.Size, k.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode));

    private static XFont LatinOf(XFont font) => Get(font.Size, font.Bold, latin: true);

    /// <summary>Distance from the top of a line box to the baseline.</summary>
    public static double Ascent(XFont font) => font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;

    public static double Measure(XGraphics gfx, string text, XFont font)
    {
        var width = 0d;
        foreach (var (run, latin) in Runs(text))
            width += gfx.MeasureString(run, latin ? LatinOf(font) : font).Width;
        return width;
    }

    /// <summary>Draws <paramref name="text"/> with the top of its line box at <paramref name="top"/>.</summary>
    public static void Draw(XGraphics gfx, string text, XFont font, XBrush brush, double x, double top)
    {
        var baseline = top + Ascent(font);
        foreach (var (run, latin) in Runs(text))
        {
            var f = latin ? LatinOf(font) : font;
            gfx.DrawString(run, f, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += gfx.MeasureString(run, f).Width;
        }
    }

    private static IEnumerable<(string Run, bool Latin)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && IsLatin(text[i]) == IsLatin(text[start]))
                continue;
            yield return (text[start..i], IsLatin(text[start]));
            start = i;
        }
    }

    /// <summary>Characters below the CJK blocks (Latin, Greek, Cyrillic, general punctuation such as “ ” — ·,
    /// currency signs like ¥) come from the Latin font; spaces follow the run they are in.</summary>
    private static bool IsLatin(char c) => c < 0x2E80 && !(c >= 0x2460 && c <= 0x24FF) && !(c >= 0x2500 && c <= 0x257F);
}
