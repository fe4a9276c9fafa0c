using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.GetMembers;

internal sealed class GetMembersEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapGet("/members", Handle)
            .RequirePermission(TenantsPermissions.MembersView).WithName("GetMembers");

    private static Task<IReadOnlyList<MemberDto>> Handle(GetMembers useCase, CancellationToken ct) => useCase.ExecuteAsync(ct);
}
