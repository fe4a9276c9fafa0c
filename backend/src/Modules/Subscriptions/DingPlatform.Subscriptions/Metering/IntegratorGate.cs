using System.Collections.Concurrent;
using DingPlatform.Platform;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Application.Usage;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Subscriptions.Metering;

/// <summary>Integrator requests (client-credentials tokens) are held to the tenant's <c>api.rate</c> (429 with
/// Retry-After) and counted against its monthly <c>api.calls</c> quota (SPEC §5).</summary>
internal sealed class IntegratorGate(ApiMeter meter, TimeProvider clock) : IRequestGate
{
    private readonly ConcurrentDictionary<Guid, TokenBucket> _buckets = new();

    public async ValueTask<IResult?> CheckAsync(HttpContext http)
    {
        if (http.User.FindFirst(PlatformClaims.Kind)?.Value != "Integrator") return null;
        if (!Guid.TryParse(http.User.FindFirst(PlatformClaims.TenantId)?.Value, out var tenantId)) return null;

        var entitlements = await http.RequestServices.GetRequiredService<IEntitlementService>().GetEffectiveAsync(tenantId, http.RequestAborted);
        var rate = entitlements.Amount(EntitlementKeys.ApiRate);
        var bucket = _buckets.GetOrAdd(tenantId, _ => new TokenBucket());
        if (!bucket.TryTake(rate, out var retryAfter))
            return Refuse(http, SubscriptionsErrors.RateLimited, $"The plan allows {rate} requests per second.", retryAfter);

        var today = clock.Today();
        var month = new DateOnly(today.Year, today.Month, 1);
        if (!meter.IsKnown(tenantId, month))
        {
            var counters = http.RequestServices.GetRequiredService<UsageCounters>();
            meter.Prime(tenantId, month, await counters.UsedAsync(tenantId, EntitlementKeys.ApiCalls, month, http.RequestAborted));
        }
        var limit = entitlements.Amount(EntitlementKeys.ApiCalls);
        if (meter.Used(tenantId, month) >= limit)
        {
            var untilNextMonth = BusinessTime.StartOf(month.AddMonths(1)) - clock.GetUtcNow();
            return Refuse(http, SubscriptionsErrors.QuotaExceeded, $"This month's {limit} API calls are used up.", untilNextMonth);
        }
        meter.Count(tenantId, month);
        return null;
    }

    private static IResult Refuse(HttpContext http, string code, string message, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        return TypedResults.Problem(title: message, detail: message, statusCode: StatusCodes.Status429TooManyRequests,
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }
}

/// <summary>A token bucket refilled at <c>rate</c> tokens per second up to <c>rate</c> (one second's burst).</summary>
internal sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private double _tokens = -1;
    private long _last;

    public bool TryTake(long rate, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (rate <= 0) { retryAfter = TimeSpan.FromSeconds(1); return false; }
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (_tokens < 0) _tokens = rate;
            else _tokens = Math.Min(rate, _tokens + (now - _last) * (double)rate / System.Diagnostics.Stopwatch.Frequency);
            _last = now;
            if (_tokens >= 1) { _tokens -= 1; return true; }
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / rate);
            return false;
        }
    }
}
