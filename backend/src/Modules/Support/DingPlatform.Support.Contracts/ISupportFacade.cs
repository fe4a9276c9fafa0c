using DingPlatform.Support.Contracts.Dtos;

namespace DingPlatform.Support.Contracts;

/// <summary>What other modules may ask Support (Notifications: whom to escalate a breach to).</summary>
public interface ISupportFacade
{
    /// <summary>The tenant's dedicated account manager, or null (Standard tenants, or nobody assigned yet).</summary>
    Task<AccountManagerDto?> AccountManagerOfAsync(Guid tenantId, CancellationToken ct);
}
