using System.Collections.Concurrent;
using DingPlatform.Plans.Contracts;
using DingPlatform.Usage.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Usage.Services;

/// <summary>Counts integrator API calls in memory and writes them to the <c>api.calls</c> counters in batches,
/// so the hot path costs no database write. What a tenant has used is the database total as of the last
/// flush plus what this host has counted since: with several hosts a tenant may overrun by what the
/// others count between flushes, which the monthly quota tolerates.</summary>
public sealed class ApiMeter
{
    private readonly ConcurrentDictionary<(Guid Tenant, DateOnly Month), Counter> _counters = new();

    private sealed class Counter
    {
        public long Pending;
        public long Flushed; // database total at the last flush
    }

    public long Used(Guid tenant, DateOnly month) =>
        _counters.TryGetValue((tenant, month), out var c) ? Volatile.Read(ref c.Flushed) + Interlocked.Read(ref c.Pending) : 0;

    public bool IsKnown(Guid tenant, DateOnly month) => _counters.ContainsKey((tenant, month));

    public void Count(Guid tenant, DateOnly month)
        => Interlocked.Increment(ref _counters.GetOrAdd((tenant, month), _ => new Counter()).Pending);

    /// <summary>Seeds a counter with the database total the first time a tenant's month is seen on this host.</summary>
    public void Prime(Guid tenant, DateOnly month, long databaseTotal) =>
        _counters.GetOrAdd((tenant, month), _ => new Counter { Flushed = databaseTotal });

    /// <summary>Writes every pending count. A failed write puts its count back, so nothing is lost.</summary>
    public async Task<long> FlushAsync(IServiceProvider services, CancellationToken ct)
    {
        long written = 0;
        foreach (var ((tenant, month), counter) in _counters)
        {
            var pending = Interlocked.Exchange(ref counter.Pending, 0);
            if (pending == 0) continue;
            try
            {
                using var scope = services.CreateScope();
                var counters = scope.ServiceProvider.GetRequiredService<UsageCounters>();
                await counters.EnsureAsync(tenant, EntitlementKeys.ApiCalls, month, ct);
                await counters.TryAddAsync(tenant, EntitlementKeys.ApiCalls, month, pending, null, ct);
                Volatile.Write(ref counter.Flushed, await counters.UsedAsync(tenant, EntitlementKeys.ApiCalls, month, ct));
                written += pending;
            }
            catch
            {
                Interlocked.Add(ref counter.Pending, pending);
                throw;
            }
        }
        return written;
    }
}
