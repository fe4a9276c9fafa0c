using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DingPlatform.Platform.Timing;

namespace DingPlatform.Notifications.Domain.Templates;

/// <summary>A template filled for one reader: plain text, and HTML in which every character of the filled text
/// (parameters included) is HTML-encoded, so a ticket subject like <c>&lt;script&gt;</c> stays text.</summary>
/// <summary><see cref="Body"/> is the filled body alone (in-app); <see cref="Text"/> adds the mail footer.</summary>
public sealed record RenderedMessage(string Language, string Subject, string Body, string Text, string Html);

public static partial class TemplateRenderer
{
    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>money|date))?\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholders (parameter names) a text uses.</summary>
    public static IEnumerable<string> PlaceholdersOf(string text) => Placeholder().Matches(text).Select(m => m.Groups["name"].Value);

    public static RenderedMessage Render(NotificationTemplate template, string? language, string payloadJson)
    {
        var lang = Languages.Match(language) ?? Languages.ZhCn;
        using var doc = ParseObject(payloadJson);
        var root = doc.RootElement;
        var texts = template.Texts[lang];
        var body = texts.Body;
        if (template.BodyWithoutParameter is { } p && template.BodyWithout is { } alt && IsMissing(root, p)) body = alt[lang];
        var subject = Fill(texts.Subject, root, lang);
        var text = Fill(body, root, lang);
        return new RenderedMessage(lang, subject, text, text + Footer(lang, plain: true), Html(subject, text, lang));
    }

    private static JsonDocument ParseObject(string json)
    {
        try
        {
            var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc;
            doc.Dispose();
        }
        catch (JsonException) { }
        return JsonDocument.Parse("{}");
    }

    private static bool IsMissing(JsonElement root, string name) =>
        !TryGet(root, name, out var v) || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    private static bool TryGet(JsonElement root, string name, out JsonElement value)
    {
        if (root.TryGetProperty(name, out value)) return true;
        foreach (var prop in root.EnumerateObject())
            if (string.Equals(prop.Name, name, StringComparison.OrdinalIgnoreCase)) { value = prop.Value; return true; }
        return false;
    }

    private static string Fill(string text, JsonElement root, string lang) =>
        Placeholder().Replace(text, m =>
        {
            if (!TryGet(root, m.Groups["name"].Value, out var v)) return "";
            return m.Groups["format"].Value switch {
                "money" => Money(v, lang),
                "date" => Date(v, lang),
                _ => Plain(v),
            };
        });

    private static string Plain(JsonElement v) => v.ValueKind switch {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => v.GetRawText(),
    };

    public static string Money(JsonElement v, string lang)
    {
        decimal amount;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n)) amount = n;
        else if (v.ValueKind == JsonValueKind.String
            && decimal.TryParse(v.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s)) amount = s;
        else return Plain(v);
        var figure = amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return lang == Languages.ZhCn ? $"¥{figure}" : $"CNY {figure}";
    }

    public static string Date(JsonElement v, string lang)
    {
        if (v.ValueKind != JsonValueKind.String) return Plain(v);
        var s = v.GetString() ?? "";
        DateOnly date;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
        else if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)) date =
            BusinessTime.DateOf(instant);
        else return s;
        return lang == Languages.ZhCn
            ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Footer(string lang, bool plain) => lang == Languages.ZhCn
        ? (plain ? "\n\n—— 钉钉平台 DingPlatform（系统邮件，请勿直接回复）" : "钉钉平台 DingPlatform（系统邮件，请勿直接回复）")
        : (plain ? "\n\n— DingPlatform (automatic message, please do not reply)" : "DingPlatform (automatic message, please do not reply)");

    private static string Html(string subject, string text, string lang)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title></head>")
            .Append("<body style=\"font-family:sans-serif;color:#1f2329;line-height:1.6\">")
            .Append("<h2 style=\"font-size:18px\">").Append(WebUtility.HtmlEncode(subject)).Append("</h2>");
        foreach (var paragraph in text.Split('\n'))
            sb.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        sb.Append("<hr><p style=\"color:#8f959e;font-size:12px\">").Append(WebUtility.HtmlEncode(Footer(lang, plain: false)))
            .Append("</p></body></html>");
        return sb.ToString();
    }
}
