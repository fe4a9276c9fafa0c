using DingPlatform.Platform;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Subscriptions.Persistence;
using DingPlatform.Subscriptions.Services;
using Microsoft.Extensions.Options;

namespace DingPlatform.Subscriptions.Features.GetOrder;

/// <summary>One order with its payments: the tenant's own, or any for provider staff.</summary>
internal sealed class GetOrder(SubscriptionStore store, IDataFilter filter, IOptions<ProviderProfile> provider)
{
    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct)
    {
        var order = await store.OrderAsync(id, ct);
        return order.ToDto(provider.Value, await store.PaymentsForAsync([id], ct));
    }

    public async Task<OrderDto> GetAnyAsync(Guid id, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        return await GetAsync(id, ct);
    }
}
