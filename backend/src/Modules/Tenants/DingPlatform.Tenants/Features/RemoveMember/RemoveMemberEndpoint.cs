using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.RemoveMember;

internal sealed class RemoveMemberEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapDelete("/members/{id:guid}", Handle)
            .RequirePermission(TenantsPermissions.MembersManage).TenantResource("member").WithName("RemoveMember");

    private static async Task<NoContent> Handle(Guid id, RemoveMember useCase, CancellationToken ct)
    {
        await useCase.ExecuteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
