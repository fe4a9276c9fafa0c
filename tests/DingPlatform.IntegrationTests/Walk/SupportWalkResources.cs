using System.Net.Http.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

internal sealed class SupportWalkResources : IWalkResources
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyDictionary<string, WalkResource> Create(DingApp app) => new Dictionary<string, WalkResource> {
        ["ticket"] = new(
            async c => (
                await (await c.PostAsJsonAsync("/api/tenant/support/tickets",
                    new { subject = "发票问题", category = "Billing", description = "请核对发票抬头。" }, Ct))
                .JsonAsync(201)).GetProperty("id").GetGuid(),
            async (c, id) =>
            {
                var ticket = await (await c.GetAsync($"/api/tenant/support/tickets/{id}", Ct)).JsonAsync();
                return ticket.GetProperty("status").GetString() == "Open"
                       && ticket.GetProperty("messages").GetArrayLength() == 0
                       && ticket.GetProperty("attachments").GetArrayLength() == 0;
            }),
    };
}
