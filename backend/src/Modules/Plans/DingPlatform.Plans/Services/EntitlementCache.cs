using System.Collections.Concurrent;
using DingPlatform.Plans.Contracts;

namespace DingPlatform.Plans.Services;

/// <summary>Plan versions never change once written, so their entitlements are kept by (code, version) for
/// the life of the process; "latest" (a null version) is the one key an edit makes stale.</summary>
internal sealed class EntitlementCache
{
    private readonly ConcurrentDictionary<(string, int?), EffectiveEntitlements> _byVersion = new();

    public async Task<EffectiveEntitlements> GetOrLoadAsync(string code, int? version, Func<Task<EffectiveEntitlements>> load)
    {
        if (_byVersion.TryGetValue((code, version), out var hit)) return hit;
        var loaded = await load();
        _byVersion[(code, version)] = loaded;
        return loaded;
    }

    /// <summary>After an edit "latest" means something new; pinned versions could stay, but edits are rare.</summary>
    public void Clear() => _byVersion.Clear();
}
