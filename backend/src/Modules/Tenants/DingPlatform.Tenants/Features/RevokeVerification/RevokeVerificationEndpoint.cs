using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.RevokeVerification;

internal sealed class RevokeVerificationEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapPost("/{id:guid}/verification/revoke", Handle)
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("RevokeVerification");

    private static Task<TenantDto> Handle(Guid id, ReasonRequest request, RevokeVerification useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(id, request.Reason, ct);
}
