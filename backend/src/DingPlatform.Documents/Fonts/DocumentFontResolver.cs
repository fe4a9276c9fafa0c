using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace DingPlatform.Documents.Fonts;

/// <summary>Serves the two bundled fonts to PDFsharp, whose Core build finds no system fonts on Linux:
/// Droid Sans Fallback (Apache-2.0) for Chinese and other CJK text, which has no Latin letters or digits, and
/// Liberation Sans (SIL OFL 1.1) for Latin letters, digits and Western punctuation. The renderer draws each
/// run of text in the font that has its glyphs (<see cref="FontFamilies"/>). Bold and italic are simulated.</summary>
public sealed class DocumentFontResolver : IFontResolver
{
    private const string CjkFace = "DroidSansFallbackFull";
    private const string LatinFace = "LiberationSans-Regular";

    private static readonly Lazy<byte[]> CjkBytes = new(() => Load(CjkFace));
    private static readonly Lazy<byte[]> LatinBytes = new(() => Load(LatinFace));
    private static readonly Lock Gate = new();

    /// <summary>The one instance (PDFsharp wants the same resolver instance whenever it is set again).</summary>
    public static DocumentFontResolver Instance { get; } = new();

    private DocumentFontResolver()
    {
    }

    /// <summary>Makes PDFsharp use this resolver. Idempotent; when the application has already installed another
    /// resolver, this one becomes the fallback so the documents' families still resolve.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null || ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
                GlobalFontSettings.FontResolver = Instance;
            else if (GlobalFontSettings.FallbackFontResolver is null || ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
                GlobalFontSettings.FallbackFontResolver = Instance;
        }
    }

    /// <summary>The Latin family for <see cref="FontFamilies.Latin"/>; every other family name gets the CJK face.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var simulations = (bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
                          | (italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
        var face = string.Equals(familyName, FontFamilies.Latin, StringComparison.OrdinalIgnoreCase) ? LatinFace : CjkFace;
        return new FontResolverInfo(face, simulations);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch {
        CjkFace => CjkBytes.Value,
        LatinFace => LatinBytes.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var resource = $"DingPlatform.Documents.Fonts.{face}.ttf";
        using var stream = typeof(DocumentFontResolver).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The embedded font {resource} is missing from DingPlatform.Documents.");
        using var buffer = new MemoryStream((int)stream.Length);
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>The family names the renderer asks PDFsharp for.</summary>
public static class FontFamilies
{
    /// <summary>CJK text (Droid Sans Fallback).</summary>
    public const string Cjk = "DingPlatform CJK";

    /// <summary>Latin letters, digits and Western punctuation (Liberation Sans).</summary>
    public const string Latin = "DingPlatform Latin";
}
