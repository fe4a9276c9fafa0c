using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DingPlatform.Billing.Features.AccruePenalties;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class InvoiceTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> InvoiceForAsync(TestTenant tenant, JsonElement order) =>
        (await (await tenant.Admin.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).EnumerateArray()
            .Single(i => i.GetProperty("orderId").GetGuid() == order.GetProperty("id").GetGuid()
                && !i.GetProperty("isRedLetter").GetBoolean());

    [Fact]
    public async Task Payment_makes_a_special_vat_invoice_of_8320_75_plus_499_25_for_a_general_taxpayer_with_the_buyer_snapshotted()
    {
        var tenant = await app.NewVerifiedTenantAsync(taxpayerType: "General");
        var order = await app.BuyAsync(tenant);
        var invoice = await InvoiceForAsync(tenant, order);
        invoice.GetProperty("total").GetDecimal().ShouldBe(8820.00m);
        invoice.GetProperty("net").GetDecimal().ShouldBe(8320.75m);
        invoice.GetProperty("tax").GetDecimal().ShouldBe(499.25m);
        invoice.GetProperty("kind").GetString().ShouldBe("Special");
        invoice.GetProperty("status").GetString().ShouldBe("Pending");
        invoice.GetProperty("number").GetString()!.ShouldMatch(@"^INV\d{10}$");
        invoice.GetProperty("buyer").GetProperty("account").GetString().ShouldBe("110946919610501");
        invoice.GetProperty("buyer").GetProperty("name").GetString().ShouldBe(tenant.Name);
        DateOnly.Parse(invoice.GetProperty("deadline").GetString()!)
            .ShouldBeGreaterThan(DateOnly.Parse(invoice.GetProperty("paymentDate").GetString()!).AddDays(4));
    }

    [Fact]
    public async Task A_small_scale_taxpayer_gets_an_ordinary_invoice_and_a_renewal_splits_7938_into_7488_68_plus_449_32()
    {
        var tenant = await app.NewVerifiedTenantAsync(taxpayerType: "SmallScale");
        await app.BuyAsync(tenant);
        var renewal = await tenant.AcceptAsync(await (await tenant.Admin.PostAsync("/api/tenant/subscription/renewal-quote", null, Ct))
            .JsonAsync(201));
        await (await app.PayByTransferAsync(renewal)).ShouldBeStatus(200);
        var invoice = await InvoiceForAsync(tenant, renewal);
        invoice.GetProperty("kind").GetString().ShouldBe("Ordinary");
        invoice.GetProperty("total").GetDecimal().ShouldBe(7938.00m);
        invoice.GetProperty("net").GetDecimal().ShouldBe(7488.68m);
        invoice.GetProperty("tax").GetDecimal().ShouldBe(449.32m);
    }

    [Fact]
    public async Task Invoice_numbers_have_no_gaps_when_many_payments_land_at_once()
    {
        var tenants = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.NewVerifiedTenantAsync()));
        var orders = await Task.WhenAll(tenants.Select(async t => await t.AcceptAsync(await t.QuoteAsync())));
        var paid = await Task.WhenAll(orders.Select(o => app.PayByTransferAsync(o)));
        paid.ShouldAllBe(r => r.IsSuccessStatusCode);
        var staff = await app.SignedInAsync(Commerce.Billing);
        var numbers = (await (await staff.GetAsync("/api/host/invoices", Ct)).JsonAsync()).EnumerateArray()
            .Select(i => i.GetProperty("number").GetString()!).Where(n => n.StartsWith($"INV{app.ShanghaiToday().Year}"))
                .Select(n => int.Parse(n[7..])).Order().ToList();
        numbers.ShouldBe(Enumerable.Range(1, numbers.Count).ToList(), "sequential from 1 with no gaps and no repeats");
        numbers.Count.ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task Staff_issue_an_invoice_once_with_the_tax_bureau_number()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var invoice = await InvoiceForAsync(tenant, await app.BuyAsync(tenant));
        var staff = await app.SignedInAsync(Commerce.Billing);
        var url = $"/api/host/invoices/{invoice.GetProperty("id").GetGuid()}/issue";
        (await (await staff.PostAsJsonAsync(url, new { taxBureauNumber = "x" }, Ct)).ShouldBeProblem(400, "Platform:InvalidInput"))
            .ErrorFields().ShouldBe(["taxBureauNumber"]);
        var issued = await (await staff.PostAsJsonAsync(url, new { taxBureauNumber = "11002600000012345678" }, Ct)).JsonAsync();
        issued.GetProperty("status").GetString().ShouldBe("Issued");
        issued.GetProperty("penaltyAccrued").GetDecimal().ShouldBe(0m);
        await (await staff.PostAsJsonAsync(url, new { taxBureauNumber = "11002600000012345679" }, Ct))
            .ShouldBeProblem(409, "Billing:InvoiceAlreadyIssued");
        await (await tenant.Admin.PostAsJsonAsync(url, new { taxBureauNumber = "11002600000012345679" }, Ct)).ShouldBeStatus(403);
    }

    [Fact]
    public async Task Without_a_stripe_key_card_payment_is_off_and_bank_transfer_still_works()
    {
        (await (await app.Anonymous().GetAsync("/api/billing/config", Ct)).JsonAsync()).GetProperty("cardPaymentsEnabled").GetBoolean()
            .ShouldBeFalse();
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());
        await (await tenant.Admin.PostAsJsonAsync($"/api/tenant/orders/{order.GetProperty("id").GetGuid()}/checkout", new { }, Ct))
            .ShouldBeProblem(409, "Billing:CardPaymentsDisabled");
        await (await app.PayByTransferAsync(order)).ShouldBeStatus(200);
        (await tenant.PlanCodeAsync()).ShouldBe("professional");
    }
}

/// <summary>Deadlines on the Chinese working-day calendar and the 0.2%/day penalty, under the fake clock.</summary>
public sealed class LateInvoiceTests(September2026DingApp app) : IClassFixture<September2026DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Paid_on_24_September_2026_the_invoice_is_due_9_October_and_each_late_day_adds_17_64_until_issued()
    {
        // The clock starts on Thursday 24 September 2026, before Mid-Autumn and National Day.
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await app.BuyAsync(tenant);
        var staff = await app.SignedInAsync(Commerce.Billing);
        var invoice = (await (await staff.GetAsync("/api/host/invoices", Ct)).JsonAsync()).EnumerateArray()
            .Single(i => i.GetProperty("orderId").GetGuid() == order.GetProperty("id").GetGuid());
        invoice.GetProperty("deadline").GetString().ShouldBe("2026-10-09");

        foreach (var day in new[] { new DateOnly(2026, 10, 9), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 11),
            new DateOnly(2026, 10, 12) })
        {
            app.SetShanghaiDate(day);
            await app.RunJobAsync<AccruePenalties>(j => j.RunAsync(Ct));
            await app.RunJobAsync<AccruePenalties>(j => j.RunAsync(Ct)); // the same day again adds nothing
        }
        var client = await app.SignedInAsync(tenant.AdminEmail);
        var late = (await (await client.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).EnumerateArray().Single();
        late.GetProperty("penaltyDays").GetInt32().ShouldBe(3);
        late.GetProperty("penaltyAccrued").GetDecimal().ShouldBe(52.92m);
        late.GetProperty("isOverdue").GetBoolean().ShouldBeTrue();
        (await (await client.GetAsync("/api/tenant/credits", Ct)).JsonAsync()).EnumerateArray().Single().GetProperty("amount").GetDecimal()
            .ShouldBe(52.92m);

        // Issued on the 13th: that day counts too, then accrual stops.
        app.SetShanghaiDate(new DateOnly(2026, 10, 13));
        staff = await app.SignedInAsync(Commerce.Billing);
        var issued = await (
            await staff.PostAsJsonAsync($"/api/host/invoices/{late.GetProperty("id").GetGuid()}/issue",
                new { taxBureauNumber = "11002600000099999999" }, Ct)).JsonAsync();
        issued.GetProperty("penaltyDays").GetInt32().ShouldBe(4);
        issued.GetProperty("penaltyAccrued").GetDecimal().ShouldBe(70.56m);
        app.SetShanghaiDate(new DateOnly(2026, 10, 20));
        await app.RunJobAsync<AccruePenalties>(j => j.RunAsync(Ct));
        staff = await app.SignedInAsync(Commerce.Billing);
        var credit = (await (await staff.GetAsync("/api/host/credits", Ct)).JsonAsync()).EnumerateArray().Single();
        credit.GetProperty("amount").GetDecimal().ShouldBe(70.56m);

        var settled = await (
            await staff.PostAsJsonAsync($"/api/host/credits/{credit.GetProperty("id").GetGuid()}/settle",
                new { settlement = "PaidOut", note = "银行转账退还" }, Ct)).JsonAsync();
        settled.GetProperty("status").GetString().ShouldBe("PaidOut");
        await (await staff.PostAsJsonAsync($"/api/host/credits/{credit.GetProperty("id").GetGuid()}/settle",
            new { settlement = "PaidOut", note = "again" }, Ct)).ShouldBeProblem(409, "Billing:CreditSettled");
    }
}

public sealed class StatementImportTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_statement_matches_lines_to_orders_by_number_and_amount_lists_the_rest_and_imports_nothing_twice()
    {
        var a = await app.NewVerifiedTenantAsync();
        var b = await app.NewVerifiedTenantAsync();
        var orderA = await a.AcceptAsync(await a.QuoteAsync());
        var orderB = await b.AcceptAsync(await b.QuoteAsync());
        string Num(JsonElement o) => o.GetProperty("number").GetString()!;
        var today = app.ShanghaiToday().ToString("yyyy-MM-dd");
        var csv = $"""
            date,amount,memo,payer,transaction_id
            {today},"8,820.00",货款 {Num(orderA)},{a.Name},TX-001
            {today},8000.00,{Num(orderB)} 部分付款,{b.Name},TX-002
            {today},1234.00,咨询费,某公司,TX-003
            {today},-50.00,手续费,,TX-004
            """;
        var staff = await app.SignedInAsync(Commerce.Billing);
        var result =
            await (await staff.PostAsJsonAsync("/api/host/bank-statements", new { fileName = "icbc-2026-11.csv", csv }, Ct)).JsonAsync();
        result.GetProperty("lines").GetInt32().ShouldBe(3, "the debit line is not a payment");
        result.GetProperty("matched").GetInt32().ShouldBe(1);
        result.GetProperty("unmatched").GetInt32().ShouldBe(2);
        (await a.PlanCodeAsync()).ShouldBe("professional");
        var partial = result.GetProperty("details").EnumerateArray().Single(l => l.GetProperty("transactionId").GetString() == "TX-002");
        partial.GetProperty("note").GetString()!.ShouldContain("8000.00");

        var again =
            await (await staff.PostAsJsonAsync("/api/host/bank-statements", new { fileName = "icbc-2026-11.csv", csv }, Ct)).JsonAsync();
        again.GetProperty("alreadyImported").GetInt32().ShouldBe(3);
        again.GetProperty("matched").GetInt32().ShouldBe(0);
        (await app.DbAsync(
            db => Task.FromResult(db.Set<Subscriptions.Domain.Payment>()
                .Count(p => p.OrderId == orderA.GetProperty("id").GetGuid())))).ShouldBe(1);

        var unmatched = await (await staff.GetAsync("/api/host/bank-statement-lines?status=Unmatched", Ct)).JsonAsync();
        unmatched.GetArrayLength().ShouldBe(2);
        // The 8000 line cannot settle order B (partial payments are refused), by hand either.
        await (await staff.PostAsJsonAsync($"/api/host/bank-statement-lines/{partial.GetProperty("id").GetGuid()}/resolve",
            new { orderId = orderB.GetProperty("id").GetGuid() }, Ct))
            .ShouldBeProblem(422, "Payments:AmountMismatch");
    }

    [Fact]
    public async Task A_malformed_statement_names_the_line_and_imports_nothing()
    {
        var staff = await app.SignedInAsync(Commerce.Billing);
        var before = await app.DbAsync(db => Task.FromResult(db.Set<Billing.Domain.StatementLine>().Count()));
        var problem = await (
            await staff.PostAsJsonAsync("/api/host/bank-statements",
                new { fileName = "bad.csv", csv = "date,amount,memo\n2026-11-01,100.00,ok\n2026-13-01,5,x\n" }, Ct))
            .ShouldBeProblem(400, "Billing:StatementInvalid");
        problem.GetProperty("detail").GetString()!.ShouldStartWith("Line 3:");
        (await (await staff.PostAsJsonAsync("/api/host/bank-statements", new { fileName = "bad.csv", csv = "when,how much\n" }, Ct))
            .ShouldBeProblem(400, "Billing:StatementInvalid"))
            .ErrorFields().ShouldBe(["csv"]);
        (await app.DbAsync(db => Task.FromResult(db.Set<Billing.Domain.StatementLine>().Count()))).ShouldBe(before);
    }
}
