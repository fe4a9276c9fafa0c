using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.GetTenant;

/// <summary>One tenant for provider staff, its submitted verification included.</summary>
internal sealed class GetTenant(TenantStore tenants)
{
    public async Task<TenantDto> ExecuteAsync(Guid id, CancellationToken ct) => (await tenants.GetAsync(id, ct)).ToDto();
}
