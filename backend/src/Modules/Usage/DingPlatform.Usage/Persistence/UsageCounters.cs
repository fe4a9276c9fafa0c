using DingPlatform.Platform.Data;
using DingPlatform.Usage.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Usage.Persistence;

/// <summary>Counter rows and their atomic increments: the database checks the limit in the same UPDATE that
/// counts, so two concurrent calls can never together pass a quota.</summary>
internal sealed class UsageCounters(PlatformDbContext db)
{
    public async Task EnsureAsync(Guid tenantId, string key, DateOnly periodStart, CancellationToken ct)
    {
        if (await db.Set<UsageCounter>().IgnoreQueryFilters()
            .AnyAsync(c => c.TenantId == tenantId && c.Key == key && c.PeriodStart == periodStart, ct)) return;
        // Concurrent first uses of a period race to create the row; the loser's insert does nothing.
        // The table name comes from the model (module schema on PostgreSQL, prefix on SQLite); values are parameters.
        var sql = "INSERT INTO " + db.QuotedTable<UsageCounter>()
            + " (\"Id\", \"TenantId\", \"Key\", \"PeriodStart\", \"Used\") VALUES ({0}, {1}, {2}, {3}, {4}) ON CONFLICT DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(sql, [Guid.CreateVersion7(), tenantId, key, periodStart, 0L], ct);
    }

    /// <summary>Adds <paramref name="amount"/> if the total stays within <paramref name="limit"/> (null: no check).
    /// Returns false, counting nothing, when it would not.</summary>
    public async Task<bool> TryAddAsync(Guid tenantId, string key, DateOnly periodStart, long amount, long? limit, CancellationToken ct)
    {
        var q = db.Set<UsageCounter>().IgnoreQueryFilters()
            .Where(c => c.TenantId == tenantId && c.Key == key && c.PeriodStart == periodStart);
        if (limit is { } max) q = q.Where(c => c.Used + amount <= max);
        return await q.ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, c => c.Used + amount), ct) == 1;
    }

    public async Task<long> UsedAsync(Guid tenantId, string key, DateOnly periodStart, CancellationToken ct) =>
        await db.Set<UsageCounter>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.Key == key && c.PeriodStart == periodStart).Select(c => (long?)c.Used)
                .SingleOrDefaultAsync(ct) ?? 0;
}
