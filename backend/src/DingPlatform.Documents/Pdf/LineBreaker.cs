using System.Globalization;

namespace DingPlatform.Documents.Pdf;

/// <summary>Greedy line breaking: a CJK character is a break opportunity on both sides, a run of other
/// characters is a word that breaks at spaces (or anywhere when a word alone is wider than the line);
/// closing punctuation stays at the end of the line it follows. '\n' forces a break. Kept apart from the
/// page writer because it needs only a width function, not a page.</summary>
internal static class LineBreaker
{
    /// <summary><paramref name="firstLineIndent"/> narrows the first line only; <paramref name="measure"/> gives a
    /// string's width in the font being set.</summary>
    public static List<string> Wrap(string text, double width, double firstLineIndent, Func<string, double> measure)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            var lineWidth = 0d;
            double Available() => width - (result.Count == 0 ? firstLineIndent : 0);
            foreach (var token in Tokens(paragraph))
            {
                var tokenWidth = measure(token);
                if (line.Length == 0 && token == " ")
                    continue;
                if (lineWidth + tokenWidth <= Available() || IsClosingPunctuation(token) || line.Length == 0 && tokenWidth <= Available())
                {
                    line += token;
                    lineWidth += tokenWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    result.Add(line.TrimEnd());
                    line = "";
                    lineWidth = 0;
                    if (token == " ")
                        continue;
                }
                if (tokenWidth <= Available())
                {
                    line = token;
                    lineWidth = tokenWidth;
                    continue;
                }
                // A word wider than a line: break it between characters.
                foreach (var ch in SplitGraphemes(token))
                {
                    var w = measure(ch);
                    if (lineWidth + w > Available() && line.Length > 0)
                    {
                        result.Add(line);
                        line = "";
                        lineWidth = 0;
                    }
                    line += ch;
                    lineWidth += w;
                }
            }
            result.Add(line.TrimEnd());
        }
        return result;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var ch in SplitGraphemes(text))
        {
            if (ch == " " || IsCjk(ch))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
                yield return ch;
            }
            else
            {
                word.Append(ch);
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    private static IEnumerable<string> SplitGraphemes(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
            yield return e.GetTextElement();
    }

    private static bool IsCjk(string s)
    {
        var c = s[0];
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF || char.IsSurrogate(c);
    }

    private static bool IsClosingPunctuation(string s) => s.Length == 1 && "，。、；：？！）》」』】〕,.;:?!)%".Contains(s[0]);
}
