using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.RejectVerification;

internal sealed class RejectVerificationEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)")
            .MapPost("/{id:guid}/verification/reject", Handle)
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("RejectVerification");

    private static Task<TenantDto> Handle(Guid id, ReasonRequest request, RejectVerification useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(id, request.Reason, ct);
}
