using Microsoft.AspNetCore.Http;

namespace DingPlatform.Platform.MultiTenancy;

public interface ICurrentTenant
{
    /// <summary>The tenant the current code acts for; null on the host (provider) side.</summary>
    Guid? Id { get; }
    bool IsAvailable => Id is not null;

    /// <summary>Acts for another tenant (or the host, with null) until the returned scope is disposed.
    /// Host code uses this explicitly; nothing switches tenants implicitly.</summary>
    IDisposable Change(Guid? tenantId);
}

/// <summary>Resolves the tenant from the access token's <c>tenant_id</c> claim, unless code has switched.</summary>
public sealed class CurrentTenant(IHttpContextAccessor httpContextAccessor) : ICurrentTenant
{
    private static readonly AsyncLocal<Override?> Current = new();

    public Guid? Id => Current.Value is { } o ? o.TenantId : FromClaims();

    public IDisposable Change(Guid? tenantId)
    {
        var previous = Current.Value;
        Current.Value = new Override(tenantId);
        return new Scope(() => Current.Value = previous);
    }

    private Guid? FromClaims()
    {
        var value = httpContextAccessor.HttpContext?.User.FindFirst(PlatformClaims.TenantId)?.Value;
        return Guid.TryParse(value, out var id) ? id : null;
    }

    private sealed record Override(Guid? TenantId);
}

internal sealed class Scope(Action onDispose) : IDisposable
{
    private Action? _onDispose = onDispose;
    public void Dispose() { _onDispose?.Invoke(); _onDispose = null; }
}

public static class PlatformClaims
{
    public const string TenantId = "tenant_id";
    public const string TenantName = "tenant_name";
    public const string Kind = "kind";
}

public static class CurrentTenantExtensions
{
    /// <summary>The acting tenant, for tenant-side endpoints; a host caller gets a coded 403.</summary>
    public static Guid RequireId(this ICurrentTenant currentTenant) =>
        currentTenant.Id
            ?? throw new Errors.BusinessException("Platform:TenantRequired", "This endpoint is for a tenant's users and API clients.", 403);
}
