using DingPlatform.Platform;
using System.Diagnostics;
using System.Text;
using DingPlatform.Documents;
using PdfSharp.Pdf.IO;

namespace DingPlatform.UnitTests;

public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData("8820", "捌仟捌佰贰拾元整")]
    [InlineData("7938", "柒仟玖佰叁拾捌元整")]
    [InlineData("8320.75", "捌仟叁佰贰拾元柒角伍分")]
    [InlineData("499.25", "肆佰玖拾玖元贰角伍分")]
    [InlineData("100000.01", "壹拾万元零壹分")]
    [InlineData("10.50", "壹拾元伍角")]
    [InlineData("0", "零元整")]
    [InlineData("1000000000.00", "壹拾亿元整")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("10050", "壹万零伍拾元整")]
    [InlineData("100100", "壹拾万零壹佰元整")]
    [InlineData("101000", "壹拾万零壹仟元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("110000000", "壹亿壹仟万元整")]
    [InlineData("17.64", "壹拾柒元陆角肆分")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角")]
    [InlineData("1.05", "壹元零伍分")]
    [InlineData("882", "捌佰捌拾贰元整")]
    [InlineData("-8820", "负捌仟捌佰贰拾元整")]
    [InlineData("-499.25", "负肆佰玖拾玖元贰角伍分")]
    public void Writes_the_financial_uppercase_amount(string amount, string expected) =>
        ChineseAmount.ToUppercase(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void Rounds_to_fen_first() => ChineseAmount.ToUppercase(0.125m).ShouldBe("壹角叁分");
}

public sealed class VatTests
{
    [Theory]
    [InlineData("8820.00", "8320.75", "499.25")]
    [InlineData("7938.00", "7488.68", "449.32")]
    [InlineData("0", "0", "0")]
    [InlineData("-8820.00", "-8320.75", "-499.25")]
    public void Splits_a_tax_inclusive_total_at_6_percent(string total, string net, string tax)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        var (n, x) = Vat.Split(t);
        n.ShouldBe(decimal.Parse(net, System.Globalization.CultureInfo.InvariantCulture));
        x.ShouldBe(decimal.Parse(tax, System.Globalization.CultureInfo.InvariantCulture));
        (n + x).ShouldBe(t);
    }

    [Fact]
    public void Other_rates_are_accepted() => Vat.Split(113.00m, 13m).ShouldBe((100.00m, 13.00m));
}

public sealed class PdfDocumentRendererTests
{
    private static readonly Party Tenant = new("北京创联致信科技有限公司", "北京市朝阳区小营北路 19 号二层 206 室", "欧妍", "010-82746952",
        "91110108596007659D", "招商银行股份有限公司北京慧忠北里支行", "110946919610501");

    private static readonly Party Provider = new("北京首特信息技术有限公司", "北京市石景山区领秀大厦 A 座 726", "贾士虹", "15010231630",
        "91110107MA01XXXX0A", "中国工商银行股份有限公司北京八角支行", "0200013409006939921");

    private static readonly AppendixRow[] SeedAppendix =
    [
        new("自定义工作台-专业版", "/", "基于钉钉平台及标准组件提供“轻量+适配型”的工作台定制方案"),
        new("聊天内容云端保存时效延长", "2 年", "钉钉专业版保存 2 年"),
        new("保密群", "/", "保护群内文件消息，包括文件水印、群消息防转发、移动端消息防截屏等"),
        new("考勤专业版", "/", "考勤打卡，支持根据企业需求，通过对基础考勤数据的运算及条件定义，定制化设计报表字段以及自定义设置统计查看角色、内容、周期"),
        new("OA 审批专业版", "/", "移动化一站式审批解决方案并配备智能诊断，同时提供系统集成能力（包括表单数据集成、流程待办集成）"),
        new("视频会议专业版", "5 个 100 方 24 小时高清会议", "基于钉钉多方通信平台，实现多点间实时多向话音通信和高清视频的会议平台服务"),
        new("直播", "3 个 500 方不限时高清直播间", "提供钉钉群直播服务"),
        new("数字资产管理", "1TB/年", "钉钉云盘、直播回放、视频会议和闪记的存储容量，支持自定义分配容量"),
        new("钉钉云盘操作日志查询", "/", null),
        new("高管保护", "/", "针对企业架构内的高管用户，提供自定义开启/关闭应用推送的能力"),
        new("数据恢复", "各 1 次", "恢复误删除的组织架构、成员信息、内部群聊及群文件数据"),
        new("企业内部应用开发权益", "API 并发 40qps；API 调用 50 万次/月；连接流 30 万次/月；应用内发 DING 消息 1000 次", "OpenAPI 调用量、API 请求并发数、连接流执行量等开发资源"),
        new("多端登录", "同时登录设备上限 5 个", "支持钉钉帐号同时在不同设备上登录"),
        new("人事直通车", "20 个", "聚焦入职场景"),
        new("企业账号", "2000 个", "支持企业/团队创建并分配给员工使用的企业账号"),
        new("通讯录", "2000 人", "通讯录人数上限"),
        new("在线服务", "7*10, 8:00-18:00", "在线服务通道，提供全方位功能使用指导，不包含第三方服务/应用"),
        new("身份标识", "/", "在企业组织通讯录及员工对话框进行加 V 打标认证"),
        new("DING", "1000 条/年", "将文字转化为短信/语音电话并发送至他人"),
        new("电话会议", "5000 分钟/年", "基于钉钉多方通信平台和合作运营商公用通信网的多点实时语音会议服务"),
    ];

    private static AgreementDocument Agreement(IReadOnlyList<AppendixRow>? appendix = null, string status = "Countersigned") => new(
        "DP-2026-000123", new DateOnly(2026, 3, 22), Tenant, Provider,
        [new DocumentLine("钉钉专业版", 1, 8820.00m, 8820.00m)],
        8820.00m, [], 8820.00m, 1, new DateOnly(2026, 4, 21),
        Provider with { TaxpayerId = null }, appendix ?? SeedAppendix, status);

    private static InvoiceDocument Invoice(bool redLetter = false, string kind = "Special", decimal penalty = 0m) => new(
        "26112000000012345678", kind, redLetter, new DateOnly(2026, 4, 3), "11100000", Tenant, Provider,
        [new DocumentLine("*信息技术服务*钉钉专业版（年）", 1, 8820.00m, 8820.00m)],
        8320.75m, 499.25m, 8820.00m, 6m, "DP-2026-000123", new DateOnly(2026, 3, 25), new DateOnly(2026, 4, 1), penalty, "Issued");

    [Fact]
    public void The_agreement_is_a_pdf_with_the_parties_and_the_uppercase_total_as_text()
    {
        var pdf = new PdfDocumentRenderer().RenderAgreement(Agreement());
        AssertPdf(pdf, minPages: 2);
        Save("agreement.pdf", pdf);
        var text = PdfText(pdf);
        text.ShouldContain("钉钉专业版销售与服务协议");
        text.ShouldContain("北京创联致信科技有限公司");
        text.ShouldContain("北京首特信息技术有限公司");
        text.ShouldContain("91110108596007659D");
        text.ShouldContain("招商银行股份有限公司北京慧忠北里支行");
        text.ShouldContain("0200013409006939921");
        text.ShouldContain("8,820.00");
        text.ShouldContain("捌仟捌佰贰拾元整");
        text.ShouldContain("附件一");
        text.ShouldContain("电话会议");
    }

    [Fact]
    public void A_discounted_agreement_shows_list_price_discount_and_total()
    {
        var d = Agreement() with {
            Discounts = [new DocumentDiscount("老客户续费钉钉专业版享受 9 折优惠", 882.00m)],
            Total = 7938.00m,
            BonusMonths = 0,
        };
        var text = PdfText(new PdfDocumentRenderer().RenderAgreement(d));
        text.ShouldContain("-882.00");
        text.ShouldContain("7,938.00");
        text.ShouldContain("柒仟玖佰叁拾捌元整");
    }

    [Fact]
    public void A_long_appendix_flows_over_several_pages()
    {
        var rows = Enumerable.Range(1, 150).Select(i => new AppendixRow($"权益项目 {i}", $"{i * 10} 次/年", "说明文字，说明文字，说明文字。")).ToArray();
        var pdf = new PdfDocumentRenderer().RenderAgreement(Agreement(rows, status: "Draft"));
        Save("agreement-long-draft.pdf", pdf);
        PageCount(pdf).ShouldBeGreaterThanOrEqualTo(5);
        var text = PdfText(pdf);
        text.ShouldContain("权益项目150");
        text.ShouldContain("草稿");
    }

    [Fact]
    public void The_invoice_is_a_pdf_with_net_tax_and_the_uppercase_total_as_text()
    {
        var pdf = new PdfDocumentRenderer().RenderInvoice(Invoice(penalty: 35.28m));
        AssertPdf(pdf, minPages: 1);
        Save("invoice.pdf", pdf);
        var text = PdfText(pdf);
        text.ShouldContain("增值税专用发票");
        text.ShouldContain("北京创联致信科技有限公司");
        text.ShouldContain("91110108596007659D");
        text.ShouldContain("110946919610501");
        text.ShouldContain("8,320.75");
        text.ShouldContain("499.25");
        text.ShouldContain("6%");
        text.ShouldContain("捌仟捌佰贰拾元整");
        text.ShouldContain("DP-2026-000123");
        text.ShouldContain("35.28");
        text.ShouldContain("逾期2日");
    }

    [Fact]
    public void An_ordinary_red_letter_invoice_is_negative()
    {
        var pdf = new PdfDocumentRenderer().RenderInvoice(Invoice(redLetter: true, kind: "Ordinary"));
        Save("invoice-red.pdf", pdf);
        var text = PdfText(pdf);
        text.ShouldContain("增值税普通发票（红字）");
        text.ShouldContain("负捌仟捌佰贰拾元整");
        text.ShouldContain("-8,320.75");
        text.ShouldNotContain("滞纳金：");
    }

    [Fact]
    public void An_invoice_with_many_lines_flows_over_pages_and_its_lines_add_up()
    {
        var lines = Enumerable.Range(1, 60).Select(i => new DocumentLine($"扩容包 {i}", 1, 147.00m, 147.00m)).ToArray();
        var total = lines.Sum(l => l.Amount);
        var (net, tax) = Vat.Split(total);
        var pdf = new PdfDocumentRenderer().RenderInvoice(Invoice() with { Lines = lines, Total = total, Net = net, Tax = tax });
        Save("invoice-long.pdf", pdf);
        PageCount(pdf).ShouldBeGreaterThanOrEqualTo(2);
        PdfText(pdf).ShouldContain(ChineseAmount.ToUppercase(total));
    }

    [Fact]
    public void Renders_in_parallel()
    {
        var renderer = new PdfDocumentRenderer();
        var pdfs = Enumerable.Range(0, 8).AsParallel()
            .Select(i => i % 2 == 0 ? renderer.RenderAgreement(Agreement()) : renderer.RenderInvoice(Invoice()))
            .ToArray();
        foreach (var pdf in pdfs)
            AssertPdf(pdf, minPages: 1);
    }

    private static void AssertPdf(byte[] pdf, int minPages)
    {
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        PageCount(pdf).ShouldBeGreaterThanOrEqualTo(minPages);
    }

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>Set DOCUMENTS_SAMPLE_DIR to keep the rendered files (to look at them).</summary>
    private static void Save(string name, byte[] pdf)
    {
        var dir = Environment.GetEnvironmentVariable("DOCUMENTS_SAMPLE_DIR");
        if (string.IsNullOrEmpty(dir))
            return;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name), pdf);
    }

    /// <summary>The PDF's text as poppler's pdftotext extracts it, with all whitespace removed (lines wrap
    /// anywhere in CJK text).</summary>
    private static string PdfText(byte[] pdf)
    {
        const string tool = "/usr/bin/pdftotext";
        File.Exists(tool)
            .ShouldBeTrue(
                "pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils) to check the text in rendered PDFs.");
        var file = Path.Combine(Path.GetTempPath(), $"dingplatform-doc-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var psi = new ProcessStartInfo(tool) {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8
            };
            foreach (var arg in new[] { "-enc", "UTF-8", file, "-" })
                psi.ArgumentList.Add(arg);
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, error);
            return string.Concat(output.Where(c => !char.IsWhiteSpace(c)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
