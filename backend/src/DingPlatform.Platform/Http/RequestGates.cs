using Microsoft.AspNetCore.Http;

namespace DingPlatform.Platform.Http;

/// <summary>A check that runs on every authorised /api request after authorisation (rate limits, metering).
/// Returning a result ends the request with it; null lets it through.</summary>
public interface IRequestGate
{
    ValueTask<IResult?> CheckAsync(HttpContext http);
}

internal sealed class RequestGateMiddleware(RequestDelegate next, IEnumerable<IRequestGate> gates)
{
    private readonly IRequestGate[] _gates = gates.ToArray();

    public async Task InvokeAsync(HttpContext http)
    {
        if (_gates.Length > 0 && http.Request.Path.StartsWithSegments("/api"))
        {
            foreach (var gate in _gates)
            {
                if (await gate.CheckAsync(http) is { } refusal)
                {
                    await refusal.ExecuteAsync(http);
                    return;
                }
            }
        }
        await next(http);
    }
}
