using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.SubmitVerification;

internal sealed class SubmitVerificationEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapPut("/verification", Handle)
            .RequirePermission(TenantsPermissions.VerificationSubmit).WithName("SubmitVerification");

    private static Task<TenantDto> Handle(SubmitVerificationRequest request, SubmitVerification useCase, CancellationToken ct) =>
        useCase.ExecuteAsync(request, ct);
}
