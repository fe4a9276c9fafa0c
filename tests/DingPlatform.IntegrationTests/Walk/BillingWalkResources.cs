using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

internal sealed class BillingWalkResources : IWalkResources
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyDictionary<string, WalkResource> Create(DingApp app) => new Dictionary<string, WalkResource> {
        ["invoice"] = new(
            async c =>
            {
                // An invoice exists once billing staff have confirmed a payment.
                var quote = (await (await c.PostAsJsonAsync("/api/tenant/quotes", new { planCode = "professional" }, Ct)).JsonAsync(201))
                    .GetProperty("id").GetGuid();
                var order = await (await c.PostAsync($"/api/tenant/quotes/{quote}/accept", null, Ct)).JsonAsync(201);
                await (await app.PayByTransferAsync(order)).ShouldBeStatus(200);
                return (await (await c.GetAsync("/api/tenant/invoices", Ct)).JsonAsync()).EnumerateArray().Single()
                    .GetProperty("id").GetGuid();
            },
            async (c, id) => (await c.GetAsync($"/api/tenant/invoices/{id}", Ct)).IsSuccessStatusCode),
    };
}
