using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.IntegrationTests.TestKit;

/// <summary>Buying through the API as a tenant admin and provider billing staff would.</summary>
public static class Commerce
{
    public const string Billing = "billing@dingplatform.local";

    public static async Task<JsonElement> QuoteAsync(this TestTenant tenant, object? body = null) =>
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/quotes", body ?? new { planCode = "professional" })).JsonAsync(201);

    public static async Task<JsonElement> AcceptAsync(this TestTenant tenant, JsonElement quote) =>
        await (await tenant.Admin.PostAsync($"/api/tenant/quotes/{quote.GetProperty("id").GetGuid()}/accept", null)).JsonAsync(201);

    public static async Task<HttpResponseMessage> PayByTransferAsync(this DingApp app, JsonElement order, decimal? amount = null,
        string? reference = null)
    {
        var staff = await app.SignedInAsync(Billing);
        return await staff.PostAsJsonAsync($"/api/host/orders/{order.GetProperty("id").GetGuid()}/payments", new
        {
            amount = amount ?? order.GetProperty("total").GetDecimal(),
            reference = reference ?? $"BANK-{Guid.NewGuid():N}"[..20],
            paidOn = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime),
        });
    }

    /// <summary>Quote, accept and pay Professional (plus any add-ons): returns the paid order.</summary>
    public static async Task<JsonElement> BuyAsync(this DingApp app, TestTenant tenant, object? body = null)
    {
        var order = await tenant.AcceptAsync(await tenant.QuoteAsync(body));
        return await (await app.PayByTransferAsync(order)).JsonAsync();
    }

    public static async Task<JsonElement> SubscriptionAsync(this TestTenant tenant) =>
        await (await tenant.Admin.GetAsync("/api/tenant/subscription")).JsonAsync();

    public static async Task<string> PlanCodeAsync(this TestTenant tenant) =>
        (await (await tenant.Admin.GetAsync("/api/tenant/entitlements")).JsonAsync()).GetProperty("planCode").GetString()!;

    /// <summary>Runs a reconciler job the way Hangfire would: in a scope of its own, outside any request.</summary>
    public static async Task<int> RunJobAsync<TJob>(this DingApp app, Func<TJob, Task<int>> run) where TJob : notnull
    {
        using var scope = app.Services.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    /// <summary>Moves the clock to 10:00 Shanghai time on the given date.</summary>
    public static void SetShanghaiDate(this DingApp app, DateOnly date) =>
        app.Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime());

    public static DateOnly ShanghaiToday(this DingApp app) => Platform.Timing.BusinessTime.DateOf(app.Clock.GetUtcNow());
}
