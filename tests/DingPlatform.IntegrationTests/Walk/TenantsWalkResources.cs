using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests.Walk;

internal sealed class TenantsWalkResources : IWalkResources
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public IReadOnlyDictionary<string, WalkResource> Create(DingApp app) => new Dictionary<string, WalkResource> {
        ["member"] = new(
            async c => (
                await (await c.PostAsJsonAsync("/api/tenant/members",
                    new { name = "成员", email = $"m-{Guid.NewGuid():N}@example.com", password = DingApp.Password, role = "Member" }, Ct))
                    .JsonAsync(201)).GetProperty("id").GetGuid(),
            async (c, id)
                => (await (await c.GetAsync("/api/tenant/members", Ct)).JsonAsync()).EnumerateArray()
                .Any(m => m.GetProperty("id").GetGuid() == id)),
        ["api-client"] = new(
            async c => (await (await c.PostAsJsonAsync("/api/tenant/api-clients", new { name = "erp" }, Ct)).JsonAsync(201))
                .GetProperty("id").GetGuid(),
            async (c, id) => (await (await c.GetAsync("/api/tenant/api-clients", Ct)).JsonAsync()).EnumerateArray()
                .Any(m => m.GetProperty("id").GetGuid() == id && m.GetProperty("revokedAt").ValueKind == JsonValueKind.Null)),
    };
}
