using System.Net.Http.Json;
using System.Text.Json;

namespace DingPlatform.IntegrationTests.TestKit;

public static class HttpAssertions
{
    public static async Task ShouldBeStatus(this HttpResponseMessage response, int expected)
    {
        if ((int)response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new ShouldAssertException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, "
                    + $"expected {expected}. Body: {body}");
        }
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, int expectedStatus = 200)
    {
        await response.ShouldBeStatus(expectedStatus);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and stable code; returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, int status, string code)
    {
        await response.ShouldBeStatus(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("code").GetString().ShouldBe(code);
        body.GetProperty("status").GetInt32().ShouldBe(status);
        body.ToString().ShouldNotContain("   at ", customMessage: "no stack traces in responses");
        return body;
    }

    public static string[] ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToArray() : [];
}
