using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Usage.Features.GetUsage;
using DingPlatform.Usage.Features.RecordUsage;
using DingPlatform.Usage.Persistence;
using DingPlatform.Usage.Services;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Usage;

/// <summary>Quotas and usage counters, idempotent usage records, and the metered integrator gate (rate limit and
/// monthly <c>api.calls</c>, ADR 0004). Uses Plans (entitlements) and Subscriptions (the running term) through
/// their contracts only.</summary>
public sealed class UsageModule : PlatformModule
{
    public override void ConfigureServices(ModuleContext context)
    {
        var s = context.Services;
        s.AddScoped<UsageCounters>();
        s.AddScoped<QuotaWindows>();
        s.AddScoped<RecordUsage>();
        s.AddScoped<GetUsage>();
        s.AddSingleton<ApiMeter>();
        s.AddHostedService<ApiMeterFlusher>();
        s.AddSingleton<IRequestGate, IntegratorGate>();
    }
}
