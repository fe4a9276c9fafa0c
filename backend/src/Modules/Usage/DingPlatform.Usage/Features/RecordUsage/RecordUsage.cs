using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Usage.Contracts;
using DingPlatform.Usage.Contracts.Dtos;
using DingPlatform.Usage.Domain;
using DingPlatform.Usage.Persistence;
using DingPlatform.Usage.Services;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Usage.Features.RecordUsage;

/// <summary>Integrators record consumption of a quota (DING, conference minutes, …). A repeated idempotency
/// key counts once; the call that would pass the quota is refused and counts nothing (§3.1.1).</summary>
internal sealed class RecordUsage(PlatformDbContext db, ICurrentTenant currentTenant, UsageCounters counters, QuotaWindows windows,
    IEntitlementService entitlements, TimeProvider clock)
{
    public async Task<(UsageRecordedDto Result, bool Created)> ExecuteAsync(RecordUsageRequest request, CancellationToken ct)
    {
        var tenantId = currentTenant.RequireId();
        var key = request.Key.Trim();
        var idempotencyKey = request.IdempotencyKey.Trim();
        var quota = await QuotaAsync(tenantId, key, ct);
        var window = await windows.CurrentAsync(tenantId, quota.Period!.Value, ct);
        var limit = quota.Amount ?? 0;

        if (await db.Set<UsageRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == idempotencyKey, ct) is { } seen)
            return (new UsageRecordedDto(seen.Key, seen.Amount, await counters.UsedAsync(tenantId, seen.Key, seen.PeriodStart, ct), limit,
                Duplicate: true), false);

        await counters.EnsureAsync(tenantId, key, window.Start, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await counters.TryAddAsync(tenantId, key, window.Start, request.Amount, limit, ct))
        {
            var used = await counters.UsedAsync(tenantId, key, window.Start, ct);
            throw new BusinessException(UsageErrors.QuotaExceeded,
                    $"'{key}' has {Math.Max(0, limit - used)} of {limit} left until {window.End:yyyy-MM-dd}; " +
                    $"{request.Amount} was asked. Top up or renew to continue.")
                .WithDetail("key", key).WithDetail("used", used).WithDetail("limit", limit).WithDetail("periodEnd", window.End);
        }
        var record = new UsageRecord {
            TenantId = tenantId,
            Key = key,
            Amount = request.Amount,
            IdempotencyKey = idempotencyKey,
            PeriodStart = window.Start,
            At = clock.GetUtcNow()
        };
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
            return (new UsageRecordedDto(key, request.Amount, await counters.UsedAsync(tenantId, key, window.Start, ct), limit,
                Duplicate: true), false);
        }
        return (new UsageRecordedDto(key, request.Amount, await counters.UsedAsync(tenantId, key, window.Start, ct), limit,
            Duplicate: false), true);
    }

    private async Task<EntitlementDto> QuotaAsync(Guid tenantId, string key, CancellationToken ct)
    {
        var effective = await entitlements.GetEffectiveAsync(tenantId, ct);
        if (!effective.ByKey.TryGetValue(key, out var e) || e.Kind != EntitlementKind.Quota)
            throw new BusinessException(UsageErrors.NotAQuota, $"'{key}' is not a quota of the tenant's plan.", 422)
                .WithDetail("field", "key");
        return e;
    }
}
