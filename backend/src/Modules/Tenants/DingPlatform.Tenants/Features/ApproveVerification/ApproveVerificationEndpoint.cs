using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.ApproveVerification;

internal sealed class ApproveVerificationEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapPost("/{id:guid}/verification/approve", Handle)
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("ApproveVerification");

    private static Task<TenantDto> Handle(Guid id, ApproveVerification useCase, CancellationToken ct) => useCase.ExecuteAsync(id, ct);
}
