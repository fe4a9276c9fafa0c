using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Persistence;

namespace DingPlatform.Tenants.Features.GetTenantProfile;

/// <summary>The caller's own tenant: status, suspension reason and verification, for the portal's overview.</summary>
internal sealed class GetTenantProfile(TenantStore tenants)
{
    public async Task<TenantDto> ExecuteAsync(CancellationToken ct) => (await tenants.GetCurrentAsync(ct)).ToDto();
}
