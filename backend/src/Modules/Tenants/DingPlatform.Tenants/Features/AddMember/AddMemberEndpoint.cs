using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Tenants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Features.AddMember;

internal sealed class AddMemberEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant", "Tenant")
            .MapPost("/members", Handle)
            .RequirePermission(TenantsPermissions.MembersManage).WithName("AddMember");

    private static async Task<Created<MemberDto>> Handle(AddMemberRequest request, AddMember useCase, CancellationToken ct) =>
        TypedResults.Created("/api/tenant/members", await useCase.ExecuteAsync(request, ct));
}
