namespace DingPlatform.Platform.MultiTenancy;

/// <summary>Switches the tenant query filter off for a block of host-side code
/// (e.g. sign-in looks users up across tenants; provider staff list every tenant's records).</summary>
public interface IDataFilter
{
    bool IsMultiTenantEnabled { get; }
    IDisposable DisableMultiTenant();
}

public sealed class DataFilter : IDataFilter
{
    private static readonly AsyncLocal<bool?> Disabled = new();

    public bool IsMultiTenantEnabled => Disabled.Value != true;

    public IDisposable DisableMultiTenant()
    {
        var previous = Disabled.Value;
        Disabled.Value = true;
        return new Scope(() => Disabled.Value = previous);
    }
}
