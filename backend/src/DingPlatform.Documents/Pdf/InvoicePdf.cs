using DingPlatform.Platform;
using PdfSharp.Drawing;

namespace DingPlatform.Documents.Pdf;

/// <summary>The VAT invoice laid out as a fapiao: title with a double rule, buyer and seller boxes, the lines
/// split into net and tax, the amount in financial uppercase, and the remarks (deadline, late-issue penalty).</summary>
internal static class InvoicePdf
{
    private static readonly XColor InvoiceInk = XColor.FromArgb(0x8A, 0x4B, 0x1F); // the brown of a fapiao
    private static readonly XColor RedLetter = XColor.FromArgb(0xC8, 0x1E, 0x1E);

    public static byte[] Render(InvoiceDocument d)
    {
        var kind = d.Kind switch {
            "Special" => "增值税专用发票",
            "Ordinary" => "增值税普通发票",
            _ => d.Kind,
        };
        var title = d.IsRedLetter ? $"{kind}（红字）" : kind;
        decimal Signed(decimal x) => d.IsRedLetter ? -Math.Abs(x) : x;
        var ink = d.IsRedLetter ? RedLetter : InvoiceInk;

        using var pdf = new PdfLayout(title, $"发票号码 {d.Number}");
        var body = pdf.Font(10);
        var small = pdf.Font(9);
        var label = pdf.Font(9.5, bold: true);
        var tableFont = pdf.Font(9.5);
        var tableHeader = pdf.Font(9.5, bold: true);

        // Title with the double rule of a fapiao.
        pdf.Centered(title, pdf.Font(20, bold: true), ink, after: 0);
        var ruleWidth = pdf.Measure(title, pdf.Font(20, bold: true)) + 30;
        var rx = PdfLayout.Left + (PdfLayout.ContentWidth - ruleWidth) / 2;
        pdf.Gfx.DrawLine(new XPen(ink, 0.8), rx, pdf.Y, rx + ruleWidth, pdf.Y);
        pdf.Gfx.DrawLine(new XPen(ink, 0.8), rx, pdf.Y + 2.5, rx + ruleWidth, pdf.Y + 2.5);
        pdf.Space(10);
        if (d.IsRedLetter)
        {
            pdf.Centered("销项负数 · 用于退款冲销", pdf.Font(10, bold: true), RedLetter, after: 2);
        }

        // Meta: left the order, right the invoice number and date.
        var metaTop = pdf.Y;
        var lh = PdfLayout.LineHeight(small);
        var right = new List<string>
        {
            $"发票号码：{d.Number}",
            $"开票日期：{(d.IssuedOn is { } issued ? Format.Date(issued) : "未开具")}",
        };
        if (!string.IsNullOrWhiteSpace(d.TaxBureauNumber))
            right.Add($"税务机关编号：{d.TaxBureauNumber}");
        var left = new List<string> { $"订单号：{d.OrderNumber}", $"状态：{Format.Status(d.Status)}" };
        for (var i = 0; i < right.Count; i++)
            pdf.TextAligned(right[i], small, PdfLayout.Left, metaTop + i * lh, PdfLayout.ContentWidth, CellAlign.Right);
        for (var i = 0; i < left.Count; i++)
            pdf.Text(left[i], small, PdfLayout.Left, metaTop + i * lh);
        pdf.Y = metaTop + Math.Max(left.Count, right.Count) * lh + 6;

        PartyBoxes(pdf, d.Buyer, d.Seller, body, label, ink);

        // Lines: tax-inclusive amounts split into net and tax; the last line takes the rounding so the lines
        // add up to the invoice's net and tax.
        var splits = SplitLines(d);
        var rows = d.Lines.Select((l, i) => new TableRow(
        [
            l.Name,
            (d.IsRedLetter ? -Math.Abs(l.Quantity) : l.Quantity).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Format.Money(l.UnitPrice),
            Format.Money(Signed(splits[i].Net)),
            Format.Percent(d.TaxRatePercent),
            Format.Money(Signed(splits[i].Tax)),
        ])).ToList();
        rows.Add(new TableRow(["合　　计", "", "", Format.Yuan(Signed(d.Net)), "", Format.Yuan(Signed(d.Tax))], Bold: true,
            Fill: PdfLayout.TotalFill));
        pdf.Table(
        [
            new TableColumn("项目名称", 160),
            new TableColumn("数量", 40, CellAlign.Right),
            new TableColumn("单价（含税）", 78, CellAlign.Right),
            new TableColumn("金额", 85, CellAlign.Right),
            new TableColumn("税率", 45, CellAlign.Center),
            new TableColumn("税额", PdfLayout.ContentWidth - 408, CellAlign.Right),
        ], rows, tableFont, tableHeader, border: ink);

        pdf.Table(
        [
            new TableColumn("", 110, CellAlign.Center),
            new TableColumn("", 233),
            new TableColumn("", PdfLayout.ContentWidth - 343, CellAlign.Right),
        ],
        [new TableRow(["价税合计（大写）", ChineseAmount.ToUppercase(Signed(d.Total)), $"（小写）{Format.Yuan(Signed(d.Total))}"], Bold: true)],
            tableFont, tableHeader, showHeader: false, border: ink);

        var remarks = new List<string>
        {
            $"订单号：{d.OrderNumber}",
            $"付款日期：{Format.Date(d.PaymentDate)}；开票期限：{Format.Date(d.Deadline)}（付款后 5 个工作日内）",
            $"税率 {Format.Percent(d.TaxRatePercent)}：金额 {Format.Yuan(Signed(d.Net))}，税额 {Format.Yuan(Signed(d.Tax))}",
        };
        if (d.PenaltyAccrued > 0)
        {
            var perDay = Math.Round(Math.Abs(d.Total) * 0.002m, 2, MidpointRounding.AwayFromZero);
            var penaltyDays = perDay > 0 && d.PenaltyAccrued % perDay == 0 ? $"，逾期 {d.PenaltyAccrued / perDay:0} 日" : "";
            remarks.Add($"逾期开具滞纳金：{Format.Yuan(d.PenaltyAccrued)}（按价税合计的 0.2%/日，即 {Format.Yuan(perDay)}/日{penaltyDays}），由销售方支付给购买方");
        }
        if (d.IsRedLetter)
            remarks.Add("红字发票：冲销本订单已开具的蓝字发票（退款）");
        if (d.Kind == "Special")
            remarks.Add("购买方为增值税一般纳税人");
        pdf.Table(
        [
            new TableColumn("", 40, CellAlign.Center),
            new TableColumn("", PdfLayout.ContentWidth - 40),
        ],
        [new TableRow(["备注", string.Join("\n", remarks)])], tableFont, tableHeader, showHeader: false, border: ink);

        pdf.Space(10);
        pdf.EnsureSpace(PdfLayout.LineHeight(body));
        pdf.TextAligned($"销售方（章）：{d.Seller.Name}", body, PdfLayout.Left, pdf.Y, PdfLayout.ContentWidth, CellAlign.Right, ink);
        pdf.Text("开票人：DingPlatform", body, PdfLayout.Left, pdf.Y, ink);
        pdf.Space(PdfLayout.LineHeight(body));

        var watermark = Format.Watermark(d.Status) ?? (d.IssuedOn is null ? "未开具" : null);
        return pdf.Finish($"{title} · 发票号码 {d.Number}",
            watermark is null ? null : g => Watermarks.Draw(g, watermark, pdf.Font(72, bold: true)));
    }

    /// <summary>Buyer and seller side by side, each with its title stacked vertically on the left, as on a fapiao.</summary>
    private static void PartyBoxes(PdfLayout pdf, Party buyer, Party seller, XFont body, XFont label, XColor ink)
    {
        const double titleWidth = 22;
        const double pad = 4;
        var boxWidth = PdfLayout.ContentWidth / 2;
        var labelWidth = pdf.Measure("纳税人识别号：", label);
        var lh = PdfLayout.LineHeight(body);

        List<(string Label, List<string> Lines)> Layout(Party p)
        {
            var valueWidth = boxWidth - titleWidth - 2 * pad - labelWidth;
            return
            [
                ("名　　称：", pdf.Wrap(p.Name, body, valueWidth)),
                ("纳税人识别号：", pdf.Wrap(Format.OrBlank(p.TaxpayerId), body, valueWidth)),
                ("地址、电话：", pdf.Wrap(Format.OrBlank(Format.Join("\n", p.Address, p.Phone)), body, valueWidth)),
                ("开户行及账号：", pdf.Wrap(Format.OrBlank(Format.Join("\n", p.Bank, p.Account)), body, valueWidth)),
            ];
        }

        var sides = new[] { ("购买方信息", Layout(buyer)), ("销售方信息", Layout(seller)) };
        var height = sides.Max(s => s.Item2.Sum(r => r.Lines.Count)) * lh + 2 * pad;
        height = Math.Max(height, 5 * PdfLayout.LineHeight(label));
        pdf.EnsureSpace(height);
        var pen = new XPen(ink, 0.6);
        var top = pdf.Y;
        for (var s = 0; s < sides.Length; s++)
        {
            var (title, rows) = sides[s];
            var x = PdfLayout.Left + s * boxWidth;
            pdf.Gfx.DrawRectangle(pen, x, top, boxWidth, height);
            pdf.Gfx.DrawLine(pen, x + titleWidth, top, x + titleWidth, top + height);
            // The title, one character per line, centred in its column.
            var titleLh = PdfLayout.LineHeight(label) * 0.95;
            var ty = top + (height - title.Length * titleLh) / 2;
            foreach (var ch in title)
            {
                pdf.TextAligned(ch.ToString(), label, x, ty, titleWidth, CellAlign.Center, ink);
                ty += titleLh;
            }
            var y = top + pad;
            foreach (var (rowLabel, lines) in rows)
            {
                pdf.Text(rowLabel, label, x + titleWidth + pad, y, ink);
                foreach (var line in lines)
                {
                    pdf.Text(line, body, x + titleWidth + pad + labelWidth, y);
                    y += lh;
                }
            }
        }
        pdf.Y = top + height;
    }

    private static (decimal Net, decimal Tax)[] SplitLines(InvoiceDocument d)
    {
        var splits = d.Lines.Select(l => Vat.Split(Math.Abs(l.Amount), d.TaxRatePercent)).ToArray();
        if (splits.Length > 0 && d.Lines.Sum(l => Math.Abs(l.Amount)) == Math.Abs(d.Total))
        {
            var last = splits.Length - 1;
            var net = Math.Abs(d.Net) - splits.Take(last).Sum(s => s.Net);
            splits[last] = (net, Math.Abs(d.Lines[last].Amount) - net);
        }
        return splits;
    }
}
