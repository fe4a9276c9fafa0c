using PdfSharp.Drawing;

namespace DingPlatform.Documents.Pdf;

/// <summary>The sales and service agreement (销售与服务协议) following the seed's structure: parties, recitals,
/// articles one to four with the price table and payment terms, the signature block, and the entitlement
/// appendix (附件一) on its own page.</summary>
internal static class AgreementPdf
{
    private const string DefaultProduct = "钉钉专业版";
    private const double KeepWithNext = 50; // points of following content a heading keeps on its page

    public static byte[] Render(AgreementDocument d)
    {
        var product = ProductName(d.Lines);
        var title = $"{product}销售与服务协议";
        using var pdf = new PdfLayout(title, $"协议编号 {d.Number}");
        var body = pdf.Font(10.5);
        var bold = pdf.Font(10.5, bold: true);
        var small = pdf.Font(9);
        var heading = pdf.Font(12, bold: true);
        var tableFont = pdf.Font(9.5);
        var tableHeader = pdf.Font(9.5, bold: true);

        pdf.Centered(title, pdf.Font(18, bold: true), after: 2);
        pdf.Centered($"协议编号：{d.Number}　　签订日期：{Format.Date(d.SignedOn)}　　状态：{Format.Status(d.Status)}", small, PdfLayout.Muted, after: 4);
        pdf.HorizontalRule(after: 10);

        PartyBlock(pdf, "甲　　方：", d.Tenant, body, bold, includeTaxId: true);
        pdf.Space(4);
        PartyBlock(pdf, "乙　　方：", d.Provider, body, bold, includeTaxId: false);
        pdf.Space(8);

        pdf.Paragraph("鉴于：", body, after: 1);
        pdf.Paragraph($"(1) 甲方（{d.Tenant.Name}）是钉钉用户；", body, indent: 21, after: 1);
        pdf.Paragraph($"(2) 乙方（{d.Provider.Name}）是阿里钉钉核心部署服务商。", body, indent: 21, after: 4);
        pdf.Paragraph($"甲乙双方本着平等互利，优势互补的原则，经友好协商一致，就乙方代甲方开通{product}，并提供定制部署实施服务，签订以下协议（下称“本协议”）。",
            body, firstLineIndent: 21, after: 8);

        // 第一条
        Heading(pdf, $"第一条　{product}及服务内容", heading);
        pdf.Paragraph(
            $"本合同下，由钉钉公司根据您的选择为您提供{product}服务/产品，总计金额为：【{Format.Money(d.Total)}】元（大写：【{ChineseAmount.ToUppercase(d.Total)}】）。" +
            "具体服务如下：（产品内容见附件一）",
            body, firstLineIndent: 21);
        pdf.Paragraph($"1.1、{product}按企业/组织客户的高频使用场景进行能力和套餐的封装，具体服务规格、权益内容、费用及有效期以本协议附件一及订购时的说明为准。", body, firstLineIndent: 21);
        pdf.Paragraph($"1.2、{product}有效期为一年，自服务开通（甲方付款确认）之日起计算{(d.BonusMonths > 0 ? $"，本次另赠送 {d.BonusMonths} 个月服务时长" : "")}。", body,
            firstLineIndent: 21);
        pdf.Paragraph("1.3、乙方为甲方提供钉钉专属一对一服务支持，建立专属服务群，针对系统问题咨询答疑，第一时间响应问题，最晚一天内给予问题响应。", body, firstLineIndent: 21, after: 8);

        // 第二条
        Heading(pdf, "第二条　选购服务/产品费用与支付", heading);
        pdf.Paragraph("2.1、产品价格", bold, after: 4, keepWithNext: KeepWithNext);
        PriceTable(pdf, d, tableFont, tableHeader);
        pdf.Space(8);

        var days = d.DueDate.DayNumber - d.SignedOn.DayNumber;
        pdf.Paragraph("2.2、付款方式", bold, after: 2, keepWithNext: KeepWithNext);
        pdf.Paragraph(
            $"合同签订后 {days} 天内（即 {Format.Date(d.DueDate)} 前）付款，甲方向乙方支付 {Format.Money(d.Total)} 元（大写：{ChineseAmount.ToUppercase(d.Total)}），" +
            "乙方在甲方付款后为甲方开具 6% 的全额增值税专用发票（甲方需是一般纳税人，否则开具增值税普通发票）。逾期未付款的，本协议项下订单将被标记为逾期，其后失效。",
            body, firstLineIndent: 21, after: 6);

        pdf.Paragraph("2.3、付款账号", bold, after: 2, keepWithNext: KeepWithNext * 2);
        pdf.Paragraph("乙方银行账号：", body, after: 3, keepWithNext: KeepWithNext);
        KeyValueTable(pdf, [("开户名称", d.Payee.Name), ("账户号码", Format.OrBlank(d.Payee.Account)), ("开户行名称", Format.OrBlank(d.Payee.Bank))],
            tableFont, tableHeader);
        pdf.Space(6);
        pdf.Paragraph("甲方发票信息：", body, after: 3, keepWithNext: KeepWithNext);
        KeyValueTable(pdf,
        [
            ("企业名称", d.Tenant.Name),
            ("纳税人识别号", Format.OrBlank(d.Tenant.TaxpayerId)),
            ("地址", Format.OrBlank(d.Tenant.Address)),
            ("电话", Format.OrBlank(d.Tenant.Phone)),
            ("开户行", Format.OrBlank(d.Tenant.Bank)),
            ("账号", Format.OrBlank(d.Tenant.Account)),
            ("备注", "乙方应于甲方付款后 5 个工作日内向甲方开具正规等额的增值税专用发票，逾期开具或是开具的发票不符合甲方要求，每逾期一日，乙方应向甲方支付应开票总额的 0.2% 作为滞纳金。备注：甲方需是一般纳税人。"),
        ], tableFont, tableHeader);
        pdf.Space(10);

        // 第三条、第四条 (condensed from the seed)
        Heading(pdf, "第三条　双方权利义务", heading);
        pdf.Paragraph($"3.1、{product}服务中的消耗型服务（如 DING、电话会议等）到期或用尽后需续约或充值；规格限定型服务超出限定规格/人数的，需另行选购相应规格服务。", body, firstLineIndent: 21);
        pdf.Paragraph($"3.2、{product}仅面向认证企业/组织开放；其资格、权益及相关服务仅用于开通的企业/组织主体，不得拆分、转让、借用或以任何形式提供给第三方使用。", body, firstLineIndent: 21);
        pdf.Paragraph($"3.3、{product}到期后专业版服务随即终止，未使用完毕的服务内容不再有效、不可顺延，甲方仍可继续使用钉钉标准版。开通后不得以任何理由要求退款，但因乙方或钉钉公司原因造成的除外。", body,
            firstLineIndent: 21, after: 8);
        Heading(pdf, "第四条　其他", heading);
        pdf.Paragraph("4.1、本协议是《钉钉服务协议》不可分割的一部分，与《钉钉服务协议》具有同等法律效力；本协议未约定的内容，以《钉钉服务协议》约定为准。", body, firstLineIndent: 21);
        pdf.Paragraph("4.2、本协议经甲方在线确认、乙方确认之日起生效，有效期为一（1）年；本协议一式二份，双方各执一份，每份具有同等法律效力。", body, firstLineIndent: 21, after: 14);

        SignatureBlock(pdf, d, body, bold);

        // 附件一
        pdf.NewPage();
        Heading(pdf, $"附件一：{product}产品内容", pdf.Font(13, bold: true));
        var appendixRows = d.Appendix.Select(
            (r, i) => new TableRow(
                [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Key, r.Value, r.Note ?? ""])).ToList();
        if (appendixRows.Count == 0)
            appendixRows.Add(new TableRow(["", "（无）", "", ""]));
        pdf.Table(
        [
            new TableColumn("序号", 32, CellAlign.Center),
            new TableColumn("权益项目", 130),
            new TableColumn("规格/额度", 120),
            new TableColumn("说明", PdfLayout.ContentWidth - 282),
        ], appendixRows, tableFont, tableHeader);

        var watermark = Format.Watermark(d.Status);
        return pdf.Finish($"{title} · 协议编号 {d.Number}",
            watermark is null ? null : g => Watermarks.Draw(g, watermark, pdf.Font(72, bold: true)));
    }

    private static string ProductName(IReadOnlyList<DocumentLine> lines) =>
        lines.Count > 0 && !string.IsNullOrWhiteSpace(lines[0].Name) ? lines[0].Name.Trim() : DefaultProduct;

    private static void Heading(PdfLayout pdf, string text, XFont font)
    {
        pdf.Paragraph(text, font, after: 4, keepWithNext: KeepWithNext);
    }

    private static void PartyBlock(PdfLayout pdf, string title, Party p, XFont body, XFont bold, bool includeTaxId)
    {
        var labelWidth = pdf.Measure("统一社会信用代码：", body);
        pdf.Paragraph(p.Name, bold, hangingLabel: title, labelFont: bold, labelWidth: labelWidth, after: 1);
        if (includeTaxId && !string.IsNullOrWhiteSpace(p.TaxpayerId))
            pdf.Paragraph(p.TaxpayerId, body, hangingLabel: "统一社会信用代码：", labelWidth: labelWidth, after: 1);
        pdf.Paragraph(Format.OrBlank(p.Address), body, hangingLabel: "联系地址：", labelWidth: labelWidth, after: 1);
        pdf.Paragraph(Format.OrBlank(p.Contact), body, hangingLabel: "联 系 人：", labelWidth: labelWidth, after: 1);
        pdf.Paragraph(Format.OrBlank(p.Phone), body, hangingLabel: "联系电话：", labelWidth: labelWidth, after: 1);
    }

    private static void PriceTable(PdfLayout pdf, AgreementDocument d, XFont font, XFont header)
    {
        var rows = d.Lines.Select(l => new TableRow(
        [
            l.Name,
            l.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Format.Money(l.UnitPrice),
            Format.Money(l.Amount),
            "每/年",
        ])).ToList();
        if (d.Discounts.Count > 0 || d.ListTotal != d.Total)
        {
            rows.Add(new TableRow(["标价合计", "", "", Format.Money(d.ListTotal), ""]));
            foreach (var discount in d.Discounts)
                rows.Add(new TableRow([$"优惠：{discount.Description}", "", "", "-" + Format.Money(Math.Abs(discount.Amount)), ""]));
        }
        rows.Add(new TableRow(["总计", "", "", Format.Money(d.Total), "元"], Bold: true, Fill: PdfLayout.TotalFill));
        var widths = new[] { 190d, 40, 85, 90 };
        pdf.Table(
        [
            new TableColumn("产品", widths[0]),
            new TableColumn("数量", widths[1], CellAlign.Right),
            new TableColumn("单价（元）", widths[2], CellAlign.Right),
            new TableColumn("金额（元）", widths[3], CellAlign.Right),
            new TableColumn("费用类型", PdfLayout.ContentWidth - widths.Sum(), CellAlign.Center),
        ], rows, font, header);

        var notes = new List<string>();
        notes.AddRange(d.Discounts.Select(x => $"{x.Description}（优惠 {Format.Money(Math.Abs(x.Amount))} 元）"));
        if (d.BonusMonths > 0)
            notes.Add($"本次开通多送 {d.BonusMonths} 个月时长（服务期共 {12 + d.BonusMonths} 个月）");
        notes.Add("服务期一年，自付款确认（开通）之日起计算");
        pdf.Table(
        [
            new TableColumn("", widths[0], CellAlign.Center),
            new TableColumn("", PdfLayout.ContentWidth - widths[0]),
        ],
        [
            new TableRow(["总计金额（大写）", ChineseAmount.ToUppercase(d.Total)], Bold: true),
            new TableRow(["备注", string.Join("；\n", notes)]),
        ], font, header, showHeader: false);
    }

    private static void KeyValueTable(PdfLayout pdf, IReadOnlyList<(string Key, string Value)> rows, XFont font, XFont header) =>
        pdf.Table(
        [
            new TableColumn("", 110),
            new TableColumn("", PdfLayout.ContentWidth - 110),
        ], rows.Select(r => new TableRow([r.Key, r.Value])).ToList(), font, header, showHeader: false);

    private static void SignatureBlock(PdfLayout pdf, AgreementDocument d, XFont body, XFont bold)
    {
        var lh = PdfLayout.LineHeight(body);
        pdf.EnsureSpace(lh * 5);
        pdf.Centered("【以下为签署页，无正文】", pdf.Font(9), PdfLayout.Muted, after: 8);
        pdf.EnsureSpace(lh * 4);
        var half = PdfLayout.ContentWidth / 2;
        var top = pdf.Y;
        var signed = Format.Status(d.Status) == "已签署生效" ? Format.Date(d.SignedOn) : "　　年　　月　　日";
        void Column(double x, string who, string name, string date)
        {
            pdf.Text($"{who}：{name}", bold, x, top);
            pdf.Text("（盖章）", body, x, top + lh * 1.5);
            pdf.Text($"时间：{date}", body, x, top + lh * 3);
        }
        Column(PdfLayout.Left, "甲方", d.Tenant.Name, signed);
        Column(PdfLayout.Left + half + 10, "乙方", d.Provider.Name, signed);
        pdf.Y = top + lh * 4;
    }
}
