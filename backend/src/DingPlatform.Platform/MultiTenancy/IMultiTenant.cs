namespace DingPlatform.Platform.MultiTenancy;

/// <summary>An entity owned by one tenant. The shared model adds a query filter on <see cref="TenantId"/>
/// and the platform stamps it on insert from <see cref="ICurrentTenant"/>.</summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
