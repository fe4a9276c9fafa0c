using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

internal sealed class SubscriptionsWalkResources : IWalkResources
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyDictionary<string, WalkResource> Create(DingApp app) => new Dictionary<string, WalkResource> {
        ["quote"] = new(
            async c => (await (await c.PostAsJsonAsync("/api/tenant/quotes", new { planCode = "professional" }, Ct)).JsonAsync(201))
                .GetProperty("id").GetGuid(),
            async (c, id) => (await c.GetAsync($"/api/tenant/quotes/{id}", Ct)).IsSuccessStatusCode
                             && (await (await c.GetAsync("/api/tenant/orders", Ct)).JsonAsync()).GetArrayLength() == 0),
        ["order"] = new(
            async c =>
            {
                var quote = (await (await c.PostAsJsonAsync("/api/tenant/quotes", new { planCode = "professional" }, Ct)).JsonAsync(201))
                    .GetProperty("id").GetGuid();
                return (await (await c.PostAsync($"/api/tenant/quotes/{quote}/accept", null, Ct)).JsonAsync(201))
                    .GetProperty("id").GetGuid();
            },
            async (c, id)
                => (await (await c.GetAsync($"/api/tenant/orders/{id}", Ct)).JsonAsync()).GetProperty("status")
                .GetString() == "PendingPayment"),
    };
}
