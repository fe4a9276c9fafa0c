using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Subscriptions.Jobs;

namespace DingPlatform.IntegrationTests;

public sealed class SubscriptionTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_year_price_is_8820_and_the_order_is_due_in_30_days_with_the_providers_bank_account()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var quote = await tenant.QuoteAsync();
        quote.GetProperty("listTotal").GetDecimal().ShouldBe(8820.00m);
        quote.GetProperty("total").GetDecimal().ShouldBe(8820.00m);
        quote.GetProperty("isReturningCustomer").GetBoolean().ShouldBeFalse();
        quote.GetProperty("discounts").GetArrayLength().ShouldBe(0);

        var order = await tenant.AcceptAsync(quote);
        order.GetProperty("status").GetString().ShouldBe("PendingPayment");
        order.GetProperty("number").GetString()!.ShouldMatch(@"^DP\d{4}\d{6}$");
        DateOnly.Parse(order.GetProperty("dueDate").GetString()!).ShouldBe(app.ShanghaiToday().AddDays(30));
        order.GetProperty("payee").GetProperty("account").GetString().ShouldBe("0200013409006939921");
        order.GetProperty("payee").GetProperty("bankName").GetString().ShouldBe("中国工商银行股份有限公司北京八角支行");

        // A quote makes one order only.
        await (await tenant.Admin.PostAsync($"/api/tenant/quotes/{quote.GetProperty("id").GetGuid()}/accept", null, Ct))
            .ShouldBeProblem(409, "Subscriptions:QuoteUsed");
    }

    [Fact]
    public async Task Only_a_verified_company_may_order_professional()
    {
        var tenant = await app.NewTenantAsync();
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/quotes", new { planCode = "professional" }, Ct))
            .ShouldBeProblem(409, "Subscriptions:NotVerified");
        (await (await tenant.Admin.PostAsJsonAsync("/api/tenant/quotes", new { planCode = "standard" }, Ct))
            .ShouldBeProblem(422, "Subscriptions:FreePlan"))
            .GetProperty("field").GetString().ShouldBe("planCode");
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/quotes",
            new { addOns = new[] { new { code = "ding-1000", quantity = 1 } } }, Ct))
            .ShouldBeProblem(409, "Subscriptions:AddOnNeedsSubscription");
    }

    [Fact]
    public async Task A_bank_transfer_must_match_the_total_and_activates_a_year_from_today()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());

        (await (await app.PayByTransferAsync(order, 8000m)).ShouldBeProblem(422, "Payments:AmountMismatch")).GetProperty("expected")
            .GetDecimal().ShouldBe(8820m);
        await (await app.PayByTransferAsync(order, 9000m)).ShouldBeProblem(422, "Payments:AmountMismatch");
        (await tenant.PlanCodeAsync()).ShouldBe("standard");

        var paid = await (await app.PayByTransferAsync(order, reference: "ICBC-20261128-001")).JsonAsync();
        paid.GetProperty("status").GetString().ShouldBe("Paid");
        var sub = (await tenant.SubscriptionAsync()).GetProperty("current");
        sub.GetProperty("status").GetString().ShouldBe("Active");
        DateOnly.Parse(sub.GetProperty("startDate").GetString()!).ShouldBe(app.ShanghaiToday());
        DateOnly.Parse(sub.GetProperty("endDate").GetString()!).ShouldBe(app.ShanghaiToday().AddYears(1));
        (await tenant.PlanCodeAsync()).ShouldBe("professional");

        // The same payment confirmed again changes nothing…
        var again = await (await app.PayByTransferAsync(order, reference: "ICBC-20261128-001")).JsonAsync();
        again.GetProperty("payments").GetArrayLength().ShouldBe(1);
        (await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("endDate").GetString()
            .ShouldBe(sub.GetProperty("endDate").GetString());
        // …and a second, different payment of a paid order is refused.
        await (await app.PayByTransferAsync(order, reference: "ICBC-OTHER")).ShouldBeProblem(409, "Orders:AlreadyPaid");
    }

    [Fact]
    public async Task Concurrent_confirmations_of_one_payment_have_one_effect()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.PayByTransferAsync(order, reference: "CONCURRENT-1")));
        responses.ShouldAllBe(r => (int)r.StatusCode == 200);
        var history = (await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("history").EnumerateArray()
            .Select(e => e.GetProperty("type").GetString());
        history.ShouldBe(["Activated"]);
        (await app.DbAsync(
            db => Task.FromResult(db.Set<Subscriptions.Domain.Payment>().Count(p => p.Reference == "CONCURRENT-1")))).ShouldBe(1);
    }

    [Fact]
    public async Task A_returning_customer_renews_for_7938_and_the_term_extends_from_the_old_end_date()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        var firstEnd = DateOnly.Parse((await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("endDate").GetString()!);

        var renewal = await (await tenant.Admin.PostAsync("/api/tenant/subscription/renewal-quote", null, Ct)).JsonAsync(201);
        renewal.GetProperty("isReturningCustomer").GetBoolean().ShouldBeTrue();
        renewal.GetProperty("total").GetDecimal().ShouldBe(7938.00m);
        var discount = renewal.GetProperty("discounts").EnumerateArray().Single();
        discount.GetProperty("code").GetString().ShouldBe("returning-customer");
        discount.GetProperty("amount").GetDecimal().ShouldBe(882.00m);

        var order = await tenant.AcceptAsync(renewal);
        await (await app.PayByTransferAsync(order)).ShouldBeStatus(200);
        var sub = (await tenant.SubscriptionAsync()).GetProperty("current");
        DateOnly.Parse(sub.GetProperty("endDate").GetString()!).ShouldBe(firstEnd.AddYears(1));
        sub.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldBe(["Renewed", "Activated"]);
    }

    [Fact]
    public async Task Add_on_packs_join_the_subscription_and_raise_the_limit()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order =
            await app.BuyAsync(tenant, new { planCode = "professional", addOns = new[] { new { code = "members-500", quantity = 2 } } });
        order.GetProperty("total").GetDecimal().ShouldBe(8820m + 2 * 1200m);
        var members = (await (await tenant.Admin.GetAsync("/api/tenant/entitlements", Ct)).JsonAsync()).GetProperty("entitlements")
            .EnumerateArray()
            .Single(e => e.GetProperty("key").GetString() == "members");
        members.GetProperty("amount").GetInt64().ShouldBe(3000);
    }

    [Fact]
    public async Task Refunds_need_provider_fault_and_a_provider_admin_and_end_the_subscription()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await app.BuyAsync(tenant);
        var url = $"/api/host/orders/{order.GetProperty("id").GetGuid()}/refund";
        var billing = await app.SignedInAsync(Commerce.Billing);
        await (await billing.PostAsJsonAsync(url, new { reason = "客户要求退款", providerFault = true }, Ct)).ShouldBeStatus(403);

        var admin = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await admin.PostAsJsonAsync(url, new { reason = "客户要求退款", providerFault = false }, Ct))
            .ShouldBeProblem(409, "Subscriptions:NoRefunds");
        (await tenant.PlanCodeAsync()).ShouldBe("professional");

        var refunded = await (await admin.PostAsJsonAsync(url, new { reason = "服务中断超过 72 小时", providerFault = true }, Ct)).JsonAsync();
        refunded.GetProperty("status").GetString().ShouldBe("Refunded");
        (await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("status").GetString().ShouldBe("Refunded");
        (await tenant.PlanCodeAsync()).ShouldBe("standard");
        (await tenant.SubscriptionAsync()).GetProperty("isReturningCustomer").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Staff_may_suspend_or_terminate_only_after_revoking_verification()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        var subId = (await tenant.SubscriptionAsync()).GetProperty("current").GetProperty("id").GetGuid();
        var admin = await app.SignedInAsync(DingApp.ProviderAdmin);
        var listed = (await (await admin.GetAsync("/api/host/subscriptions?status=Active", Ct)).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("id").GetGuid() == subId);
        listed.GetProperty("tenantName").GetString().ShouldBe(tenant.Name);
        await (await admin.PostAsJsonAsync($"/api/host/subscriptions/{subId}/suspend", new { reason = "x1" }, Ct))
            .ShouldBeProblem(409, "Subscriptions:VerificationNotRevoked");

        await (await admin.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/verification/revoke", new { reason = "执照吊销" }, Ct))
            .ShouldBeStatus(200);
        await (await admin.PostAsJsonAsync($"/api/host/subscriptions/{subId}/suspend", new { reason = "认证被撤销" }, Ct)).ShouldBeStatus(200);
        (await tenant.PlanCodeAsync()).ShouldBe("standard");
        await (await admin.PostAsync($"/api/host/subscriptions/{subId}/reinstate", null, Ct)).ShouldBeStatus(200);
        (await tenant.PlanCodeAsync()).ShouldBe("professional");
        var terminated =
            await (await admin.PostAsJsonAsync($"/api/host/subscriptions/{subId}/terminate", new { reason = "终止" }, Ct)).JsonAsync();
        terminated.GetProperty("status").GetString().ShouldBe("Terminated");
        terminated.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .ShouldBe(["Terminated", "Reinstated", "Suspended", "Activated"]);
        (await tenant.PlanCodeAsync()).ShouldBe("standard");
    }
}

public sealed class UsageTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Usage_counts_once_per_idempotency_key_and_the_call_that_would_exceed_is_refused_until_a_top_up()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        object Use(long amount, string key) => new { key = "ding", amount, idempotencyKey = key };

        (await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", Use(600, "k1"), Ct)).JsonAsync(201)).GetProperty("used").GetInt64()
            .ShouldBe(600);
        var repeat = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", Use(600, "k1"), Ct)).JsonAsync(200);
        repeat.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        repeat.GetProperty("used").GetInt64().ShouldBe(600);

        var refused = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", Use(500, "k2"), Ct))
            .ShouldBeProblem(409, "Usage:QuotaExceeded");
        refused.GetProperty("used").GetInt64().ShouldBe(600);
        refused.GetProperty("limit").GetInt64().ShouldBe(1000);

        await app.BuyAsync(tenant, new { addOns = new[] { new { code = "ding-1000", quantity = 1 } } });
        (await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", Use(500, "k2"), Ct)).JsonAsync(201)).GetProperty("limit").GetInt64()
            .ShouldBe(2000);
        var usage = (await (await tenant.Admin.GetAsync("/api/tenant/usage", Ct)).JsonAsync()).EnumerateArray()
            .Single(u => u.GetProperty("key").GetString() == "ding");
        usage.GetProperty("used").GetInt64().ShouldBe(1100);
        usage.GetProperty("period").GetString().ShouldBe("Year");
    }

    [Fact]
    public async Task Concurrent_usage_never_passes_the_quota()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            tenant.Admin.PostAsJsonAsync("/api/tenant/usage", new { key = "ding", amount = 100, idempotencyKey = $"c{i}" }, Ct)));
        responses.Count(r => (int)r.StatusCode == 201).ShouldBe(10);
        responses.Count(r => (int)r.StatusCode == 409).ShouldBe(2);
    }

    [Fact]
    public async Task Standard_has_no_ding_and_a_non_quota_key_is_named()
    {
        var tenant = await app.NewTenantAsync();
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", new { key = "ding", amount = 1, idempotencyKey = "s1" }, Ct))
            .ShouldBeProblem(409, "Usage:QuotaExceeded");
        (await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", new { key = "members", amount = 1, idempotencyKey = "s2" }, Ct))
            .ShouldBeProblem(422, "Usage:NotAQuota"))
            .GetProperty("field").GetString().ShouldBe("key");
    }

    [Fact]
    public async Task Integrator_calls_are_rate_limited_and_counted_and_the_count_survives_shutdown_flush()
    {
        var tenant = await app.NewVerifiedTenantAsync();
        var created = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/api-clients", new { name = "meter" }, Ct)).JsonAsync(201);
        var token = await app.ClientCredentialsTokenAsync(created.GetProperty("clientId").GetString()!,
            created.GetProperty("clientSecret").GetString()!);
        var integrator = app.WithToken(token.AccessToken);

        // Standard allows 10 requests a second: a burst of 30 is partly refused with Retry-After.
        var burst = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => integrator.GetAsync("/api/tenant/entitlements", Ct)));
        var ok = burst.Count(r => r.IsSuccessStatusCode);
        var limited = burst.Where(r => (int)r.StatusCode == 429).ToList();
        (ok + limited.Count).ShouldBe(30);
        ok.ShouldBeInRange(10, 14);
        limited.ShouldAllBe(r => r.Headers.RetryAfter != null);
        (await limited[0].ShouldBeProblem(429, "Usage:RateLimited")).ShouldNotBe(default);

        // What the meter counted reaches the database on the flush a graceful shutdown also runs.
        var meter = app.Service<Usage.Services.ApiMeter>();
        await meter.FlushAsync(app.Services, Ct);
        var usage = (await (await tenant.Admin.GetAsync("/api/tenant/usage", Ct)).JsonAsync()).EnumerateArray()
            .Single(u => u.GetProperty("key").GetString() == "api.calls");
        usage.GetProperty("used").GetInt64().ShouldBe(ok);
        usage.GetProperty("period").GetString().ShouldBe("Month");
        // Tenant admins' own calls are not metered.
        await (await tenant.Admin.GetAsync("/api/tenant/entitlements", Ct)).ShouldBeStatus(200);
        await meter.FlushAsync(app.Services, Ct);
        (await (await tenant.Admin.GetAsync("/api/tenant/usage", Ct)).JsonAsync()).EnumerateArray()
            .Single(u => u.GetProperty("key").GetString() == "api.calls")
            .GetProperty("used").GetInt64().ShouldBe(ok);
    }
}
