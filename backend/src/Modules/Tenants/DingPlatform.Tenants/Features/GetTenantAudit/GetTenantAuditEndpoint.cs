using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetTenantAudit;

internal sealed class GetTenantAuditEndpoint : IEndpointFeature
{
    // The platform's audit permission, not a Tenants one: who may read audit trails is decided in one place.
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapGet("/{id:guid}/audit", Handle)
            .RequirePermission(PlatformPermissions.AuditView).WithName("GetTenantAudit");

    private static Task<IReadOnlyList<AuditEntryDto>> Handle(Guid id, GetTenantAudit useCase, CancellationToken ct)
        => useCase.ExecuteAsync(id, ct);
}
