using System.Collections.Concurrent;
using DingPlatform.Platform;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Usage.Contracts;
using DingPlatform.Usage.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Usage.Services;

/// <summary>Integrator requests (client-credentials tokens) are held to the tenant's <c>api.rate</c> (429 with
/// Retry-After) and counted against its monthly <c>api.calls</c> quota (SPEC §5).</summary>
internal sealed class IntegratorGate(ApiMeter meter, TimeProvider clock) : IRequestGate
{
    private readonly ConcurrentDictionary<Guid, TokenBucket> _buckets = new();

    public async ValueTask<IResult?> CheckAsync(HttpContext http)
    {
        if (http.User.FindFirst(PlatformClaims.Kind)?.Value != "Integrator") return null;
        if (!Guid.TryParse(http.User.FindFirst(PlatformClaims.TenantId)?.Value, out var tenantId)) return null;

        var entitlements = await http.RequestServices.GetRequiredService<IEntitlementService>()
            .GetEffectiveAsync(tenantId, http.RequestAborted);
        var rate = entitlements.Amount(EntitlementKeys.ApiRate);
        var bucket = _buckets.GetOrAdd(tenantId, _ => new TokenBucket());
        if (!bucket.TryTake(rate, out var retryAfter))
            return Refuse(http, UsageErrors.RateLimited, $"The plan allows {rate} requests per second.", retryAfter);

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
            return Refuse(http, UsageErrors.QuotaExceeded, $"This month's {limit} API calls are used up.", untilNextMonth);
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
