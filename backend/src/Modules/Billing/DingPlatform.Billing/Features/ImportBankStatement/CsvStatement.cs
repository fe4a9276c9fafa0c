using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DingPlatform.Billing.Contracts;
using DingPlatform.Platform.Errors;

namespace DingPlatform.Billing.Features.ImportBankStatement;

public sealed record ParsedLine(
    int LineNumber,
    DateOnly Date,
    decimal Amount,
    string Memo,
    string? Payer,
    string? TransactionId,
    string Fingerprint);

/// <summary>A bank statement export: a header row naming at least <c>date</c>, <c>amount</c> and <c>memo</c>
/// (optional <c>payer</c>, <c>transaction_id</c>), comma-separated, RFC 4180 quoting. Only credits (positive
/// amounts) are kept. A bad row is reported with its line number; nothing of the file is imported then.</summary>
public static class CsvStatement
{
    public static IReadOnlyList<ParsedLine> Parse(string csv)
    {
        var rows = ReadRows(csv).ToList();
        if (rows.Count == 0) throw Invalid("The statement is empty.");
        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        int Col(string name, bool required)
        {
            var i = header.IndexOf(name);
            if (i < 0 && required) throw Invalid($"The header has no '{name}' column (found: {string.Join(", ", header)}).");
            return i;
        }
        int date = Col("date", true), amount = Col("amount", true), memo = Col("memo", true), payer = Col("payer", false),
            tx = Col("transaction_id", false);
        var seen = new Dictionary<string, int>();
        var result = new List<ParsedLine>();
        foreach (var (number, fields) in rows.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            string Field(int i) => i >= 0 && i < fields.Count ? fields[i].Trim() : "";
            if (!DateOnly.TryParseExact(Field(date).Replace('/', '-'), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var d))
                throw Invalid($"Line {number}: '{Field(date)}' is not a date (YYYY-MM-DD).");
            if (!decimal.TryParse(Field(amount).Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                || decimal.Round(a, 2) != a)
                throw Invalid($"Line {number}: '{Field(amount)}' is not an amount in CNY with at most two decimals.");
            if (a <= 0) continue; // debits are not payments to us
            var payerValue = NullIfEmpty(Field(payer));
            var txValue = NullIfEmpty(Field(tx));
            var key = $"{d:yyyy-MM-dd}|{a:0.00}|{Field(memo)}|{payerValue}|{txValue}";
            // Two identical rows in one file are two payments; the same file again is not.
            seen[key] = seen.GetValueOrDefault(key) + 1;
            result.Add(new ParsedLine(number, d, a, Field(memo), payerValue, txValue,
                Hash(txValue is null ? $"{key}|{seen[key]}" : $"tx|{txValue}")));
        }
        return result;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    private static BusinessException Invalid(string message)
        => new BusinessException(BillingErrors.StatementInvalid, message, 400).WithDetail("field", "csv");

    private static IEnumerable<(int Number, List<string> Fields)> ReadRows(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowStart = 1;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (rowStart, fields);
                    fields = []; line++; rowStart = line;
                    break;
                case '\uFEFF' when i == 0: break; // byte-order mark of Excel exports
                default: field.Append(c); break;
            }
        }
        if (inQuotes) throw Invalid($"Line {rowStart}: a quoted field is not closed.");
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); yield return (rowStart, fields); }
    }
}
