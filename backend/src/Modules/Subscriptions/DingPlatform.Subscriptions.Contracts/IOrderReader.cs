namespace DingPlatform.Subscriptions.Contracts;

/// <summary>Reads an order as the current tenant may see it (null when it is not theirs).</summary>
public interface IOrderReader
{
    Task<OrderDto?> FindAsync(Guid orderId, CancellationToken ct);
    Task<OrderDto?> FindByNumberAsync(string number, CancellationToken ct);
}
