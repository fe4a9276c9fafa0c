using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

internal sealed class NotificationsWalkResources : IWalkResources
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyDictionary<string, WalkResource> Create(DingApp app) => new Dictionary<string, WalkResource> {
        // A public https URL: the walk's host does not allow loopback receivers, and nothing is delivered here.
        ["webhook"] = new(
            async c => (
                await (await c.PostAsJsonAsync("/api/tenant/webhooks",
                    new { url = "https://hooks.example.com/ding", eventTypes = new[] { "order.paid" } }, Ct))
                .JsonAsync(201)).GetProperty("id").GetGuid(),
            async (c, id) => (await (await c.GetAsync("/api/tenant/webhooks", Ct)).JsonAsync()).EnumerateArray()
                .Any(w => w.GetProperty("id").GetGuid() == id && w.GetProperty("enabled").GetBoolean()
                    && w.GetProperty("secretRotatedAt").ValueKind == System.Text.Json.JsonValueKind.Null)),
    };
}
