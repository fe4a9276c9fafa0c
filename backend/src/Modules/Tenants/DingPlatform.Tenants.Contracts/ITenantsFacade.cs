namespace DingPlatform.Tenants.Contracts;

/// <summary>What other modules ask about a tenant (e.g. Subscriptions: may it order Professional?).</summary>
public interface ITenantsFacade
{
    Task<TenantDto?> FindAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Display names of many tenants in one query (console lists).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken ct);
}
