using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Subscriptions.Features.AgeOrders;
using DingPlatform.Subscriptions.Features.ExpireSubscriptions;
using DingPlatform.Subscriptions.Features.SendRenewalReminders;

namespace DingPlatform.IntegrationTests;

/// <summary>Each class walks the fake clock forward on a database of its own (the clock never goes back).</summary>
public sealed class PromotionDayTests(DingApp app) : IClassFixture<DingApp>
{
    [Fact]
    public async Task Activation_on_22_March_gives_one_extra_month()
    {
        app.SetShanghaiDate(new DateOnly(2027, 3, 22));
        var tenant = await app.NewVerifiedTenantAsync();
        var quote = await tenant.QuoteAsync();
        quote.GetProperty("bonusMonths").GetInt32().ShouldBe(1);
        quote.GetProperty("total").GetDecimal().ShouldBe(8820.00m);
        quote.GetProperty("discounts").EnumerateArray().Single().GetProperty("code").GetString().ShouldBe("promotion-bonus");
        await app.PayByTransferAsync(await tenant.AcceptAsync(quote));
        var sub = (await tenant.SubscriptionAsync()).GetProperty("current");
        sub.GetProperty("startDate").GetString().ShouldBe("2027-03-22");
        sub.GetProperty("endDate").GetString().ShouldBe("2028-04-22");

        // The day after, the same request gets no bonus.
        app.SetShanghaiDate(new DateOnly(2027, 3, 23));
        var other = await app.NewVerifiedTenantAsync();
        (await other.QuoteAsync()).GetProperty("bonusMonths").GetInt32().ShouldBe(0);
    }
}

public sealed class YearLifecycleTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_year_reminders_at_30_7_and_1_days_with_the_discounted_offer_then_expiry_back_to_standard()
    {
        app.SetShanghaiDate(new DateOnly(2027, 1, 10));
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        // Use some DING this term: it lapses at expiry.
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/usage", new { key = "ding", amount = 10, idempotencyKey = "y1" }, Ct))
            .ShouldBeStatus(201);

        var reminders = new List<int>();
        for (var day = new DateOnly(2027, 1, 11); day <= new DateOnly(2028, 1, 12); day = day.AddDays(1))
        {
            app.SetShanghaiDate(day);
            // Each job twice: a repeated run does nothing more.
            var sent = await app.RunJobAsync<SendRenewalReminders>(j => j.RunAsync(Ct));
            (await app.RunJobAsync<SendRenewalReminders>(j => j.RunAsync(Ct))).ShouldBe(0);
            if (sent > 0) reminders.Add(new DateOnly(2028, 1, 10).DayNumber - day.DayNumber);
            var expired = await app.RunJobAsync<ExpireSubscriptions>(j => j.RunAsync(Ct));
            (await app.RunJobAsync<ExpireSubscriptions>(j => j.RunAsync(Ct))).ShouldBe(0);
            if (day < new DateOnly(2028, 1, 10)) expired.ShouldBe(0, $"nothing expires on {day}");
            if (day == new DateOnly(2028, 1, 10)) expired.ShouldBe(1);
        }
        reminders.ShouldBe([30, 7, 1]);

        var client = await app.SignedInAsync(tenant.AdminEmail);
        var notes = await (await client.GetAsync("/api/tenant/notifications", Ct)).JsonAsync();
        notes.GetArrayLength().ShouldBe(3);
        var view = await (await client.GetAsync("/api/tenant/subscription", Ct)).JsonAsync();
        view.GetProperty("current").GetProperty("status").GetString().ShouldBe("Expired");
        view.GetProperty("effectivePlanCode").GetString().ShouldBe("standard");
        var entitlements = await (await client.GetAsync("/api/tenant/entitlements", Ct)).JsonAsync();
        entitlements.GetProperty("planCode").GetString().ShouldBe("standard");
        entitlements.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("key").GetString() == "members")
            .GetProperty("amount").GetInt64().ShouldBe(500);
        var ding = (await (await client.GetAsync("/api/tenant/usage", Ct)).JsonAsync()).EnumerateArray()
            .Single(u => u.GetProperty("key").GetString() == "ding");
        ding.GetProperty("limit").GetInt64().ShouldBe(0);
        ding.GetProperty("used").GetInt64().ShouldBe(0, "the new period starts empty: last term's consumption and top-ups lapsed");
    }

}

public sealed class RenewalOfferTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_renewal_offer_is_accepted_in_one_step_and_a_renewal_after_expiry_starts_on_activation()
    {
        app.SetShanghaiDate(new DateOnly(2030, 5, 1));
        var tenant = await app.NewVerifiedTenantAsync();
        await app.BuyAsync(tenant);
        app.SetShanghaiDate(new DateOnly(2031, 4, 24)); // 7 days before the end
        await app.RunJobAsync<SendRenewalReminders>(j => j.RunAsync(Ct));
        var client = await app.SignedInAsync(tenant.AdminEmail);
        var offer = (await (await client.GetAsync("/api/tenant/subscription", Ct)).JsonAsync()).GetProperty("renewalOffer");
        offer.GetProperty("total").GetDecimal().ShouldBe(7938.00m);

        var order = await (await client.PostAsync($"/api/tenant/quotes/{offer.GetProperty("id").GetGuid()}/accept", null, Ct))
            .JsonAsync(201);
        order.GetProperty("total").GetDecimal().ShouldBe(7938.00m);
        // Paid after expiry: the term starts on the activation date, not the old end date.
        app.SetShanghaiDate(new DateOnly(2031, 5, 5));
        await app.RunJobAsync<ExpireSubscriptions>(j => j.RunAsync(Ct));
        await (await app.PayByTransferAsync(order)).ShouldBeStatus(200);
        client = await app.SignedInAsync(tenant.AdminEmail); // the earlier token ran out days ago
        var sub = (await (await client.GetAsync("/api/tenant/subscription", Ct)).JsonAsync()).GetProperty("current");
        sub.GetProperty("startDate").GetString().ShouldBe("2031-05-05");
        sub.GetProperty("endDate").GetString().ShouldBe("2032-05-05");
    }
}

public sealed class OverdueOrderTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unpaid_order_is_overdue_after_30_days_then_lapses_and_cannot_be_paid()
    {
        app.SetShanghaiDate(new DateOnly(2027, 6, 1));
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await staff.PutAsJsonAsync("/api/host/subscription-settings", new { lapseAfterOverdueDays = 10 }, Ct)).ShouldBeStatus(200);
        var tenant = await app.NewVerifiedTenantAsync();
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync());
        order.GetProperty("dueDate").GetString().ShouldBe("2027-07-01");

        async Task<string> StatusOn(DateOnly day)
        {
            app.SetShanghaiDate(day);
            await app.RunJobAsync<AgeOrders>(j => j.RunAsync(Ct));
            await app.RunJobAsync<AgeOrders>(j => j.RunAsync(Ct));
            var client = await app.SignedInAsync(tenant.AdminEmail);
            return (await (await client.GetAsync($"/api/tenant/orders/{order.GetProperty("id").GetGuid()}", Ct)).JsonAsync())
                .GetProperty("status").GetString()!;
        }

        (await StatusOn(new DateOnly(2027, 7, 1))).ShouldBe("PendingPayment");
        (await StatusOn(new DateOnly(2027, 7, 2))).ShouldBe("Overdue");
        (await StatusOn(new DateOnly(2027, 7, 11))).ShouldBe("Overdue");
        (await StatusOn(new DateOnly(2027, 7, 12))).ShouldBe("Lapsed");
        await (await app.PayByTransferAsync(order)).ShouldBeProblem(409, "Orders:Lapsed");
    }
}
