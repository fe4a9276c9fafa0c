using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.Timing;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Subscriptions.Application.Usage;

/// <summary>Integrators record consumption of a quota (DING, conference minutes, …). A repeated idempotency
/// key counts once; the call that would pass the quota is refused and counts nothing (§3.1.1).</summary>
internal sealed class RecordUsage(PlatformDbContext db, SubscriptionStore store, UsageCounters counters, IEntitlementService entitlements, TimeProvider clock)
{
    public async Task<(UsageRecordedDto Result, bool Created)> ExecuteAsync(RecordUsageRequest request, CancellationToken ct)
    {
        var tenantId = store.CurrentTenantId;
        var key = request.Key.Trim();
        var idempotencyKey = request.IdempotencyKey.Trim();
        var quota = await QuotaAsync(tenantId, key, ct);
        var window = await WindowAsync(tenantId, quota.Period!.Value, ct);
        var limit = quota.Amount ?? 0;

        if (await db.Set<UsageRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey, ct) is { } seen)
            return (new UsageRecordedDto(seen.Key, seen.Amount, await counters.UsedAsync(tenantId, seen.Key, seen.PeriodStart, ct), limit, Duplicate: true), false);

        await counters.EnsureAsync(tenantId, key, window.Start, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await counters.TryAddAsync(tenantId, key, window.Start, request.Amount, limit, ct))
        {
            var used = await counters.UsedAsync(tenantId, key, window.Start, ct);
            throw new BusinessException(SubscriptionsErrors.QuotaExceeded,
                    $"'{key}' has {Math.Max(0, limit - used)} of {limit} left until {window.End:yyyy-MM-dd}; {request.Amount} was asked. Top up or renew to continue.")
                .WithDetail("key", key).WithDetail("used", used).WithDetail("limit", limit).WithDetail("periodEnd", window.End);
        }
        var record = new UsageRecord { TenantId = tenantId, Key = key, Amount = request.Amount, IdempotencyKey = idempotencyKey, PeriodStart = window.Start, At = clock.GetUtcNow() };
        db.Set<UsageRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same key recorded concurrently: roll back our count; the other call's stands.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return (new UsageRecordedDto(key, request.Amount, await counters.UsedAsync(tenantId, key, window.Start, ct), limit, Duplicate: true), false);
        }
        return (new UsageRecordedDto(key, request.Amount, await counters.UsedAsync(tenantId, key, window.Start, ct), limit, Duplicate: false), true);
    }

    private async Task<EntitlementDto> QuotaAsync(Guid tenantId, string key, CancellationToken ct)
    {
        var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
        if (!effective.ByKey.TryGetValue(key, out var e) || e.Kind != EntitlementKind.Quota)
            throw new BusinessException(SubscriptionsErrors.NotAQuota, $"'{key}' is not a quota of the tenant's plan.", 422).WithDetail("field", "key");
        return e;
    }

    public async Task<QuotaPeriodWindow> WindowAsync(Guid tenantId, QuotaPeriod period, CancellationToken ct)
    {
        var today = clock.Today();
        var live = await store.LiveAsync(tenantId, ct);
        return QuotaPeriods.For(period, today, live is not null && live.IsRunningOn(today) ? live : null);
    }
}

/// <summary>The usage page: every quota of the tenant's plan with what is used in its current period.</summary>
internal sealed class GetUsage(SubscriptionStore store, UsageCounters counters, IEntitlementService entitlements, RecordUsage periods)
{
    public async Task<IReadOnlyList<UsageDto>> ExecuteAsync(CancellationToken ct)
    {
        var tenantId = store.CurrentTenantId;
        var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
        var result = new List<UsageDto>();
        foreach (var quota in effective.ByKey.Values.Where(e => e.Kind == EntitlementKind.Quota).OrderBy(e => e.Key))
        {
            var window = await periods.WindowAsync(tenantId, quota.Period!.Value, ct);
            result.Add(new UsageDto(quota.Key, quota.Period.Value.ToString(), await counters.UsedAsync(tenantId, quota.Key, window.Start, ct), quota.Amount ?? 0, window.Start, window.End));
        }
        return result;
    }
}
