using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.AccountManagers;

internal sealed class AccountManagersEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapApiGroup("/api/tenant/support", "Support");
        tenant.MapGet("/account-manager", Mine).RequirePermission(SupportPermissions.Tickets).WithName("GetMyAccountManager");

        var host = endpoints.MapApiGroup("/api/host/support", "Support (provider)");
        host.MapGet("/staff", Staff).RequirePermission(SupportPermissions.Queue).WithName("GetSupportStaff");
        host.MapGet("/account-managers", List).RequirePermission(SupportPermissions.Queue).WithName("GetAccountManagers");
        host.MapPut("/account-managers/{tenantId}", Reassign).RequirePermission(SupportPermissions.Queue)
            .WithName("ReassignAccountManager");
    }

    /// <summary>204 when the tenant has no account manager (Standard, or not yet assigned).</summary>
    internal static async Task<Results<Ok<AccountManagerDto>, NoContent>> Mine(AccountManagers useCase, CancellationToken ct) =>
        await useCase.ForCurrentTenantAsync(ct) is { } manager ? TypedResults.Ok(manager) : TypedResults.NoContent();

    internal static Task<IReadOnlyList<StaffMemberDto>> Staff(AccountManagers useCase, CancellationToken ct) => useCase.StaffAsync(ct);

    internal static Task<IReadOnlyList<TenantAccountManagerDto>> List(AccountManagers useCase, CancellationToken ct)
        => useCase.ListAsync(ct);

    internal static Task<TenantAccountManagerDto> Reassign(Guid tenantId, ReassignAccountManagerRequest request, AccountManagers useCase,
        CancellationToken ct) =>
        useCase.ReassignAsync(tenantId, request, ct);
}
