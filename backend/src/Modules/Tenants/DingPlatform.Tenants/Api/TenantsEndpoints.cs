using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Tenants.Application.ApiClients;
using DingPlatform.Tenants.Application.Members;
using DingPlatform.Tenants.Application.QueryTenants;
using DingPlatform.Tenants.Application.ReviewVerification;
using DingPlatform.Tenants.Application.SignUp;
using DingPlatform.Tenants.Application.SubmitVerification;
using DingPlatform.Tenants.Application.SuspendTenant;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Tenants.Api;

internal static class TenantsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var anonymous = endpoints.MapApiGroup("/api", "Sign-up").AllowAnonymous();
        anonymous.MapPost("/tenants/sign-up", async (SignUpRequest request, SignUp uc, CancellationToken ct) =>
            TypedResults.Created($"/api/tenant/profile", await uc.ExecuteAsync(request, ct))).WithName("SignUp");
        anonymous.MapGet("/credit-codes/{code}/check", (string code) =>
            new CreditCodeCheckDto(CreditCode.Normalize(code), CreditCode.IsValid(code), CreditCode.Check(code))).WithName("CheckCreditCode");

        var tenant = endpoints.MapApiGroup("/api/tenant", "Tenant");
        tenant.MapGet("/profile", (QueryTenants q, CancellationToken ct) => q.GetCurrentAsync(ct)).AllowWhileSuspended()
            .RequirePermission(TenantsPermissions.ProfileView).WithName("GetTenantProfile");
        tenant.MapPut("/verification", (SubmitVerificationRequest request, SubmitVerification uc, CancellationToken ct) => uc.ExecuteAsync(request, ct))
            .RequirePermission(TenantsPermissions.VerificationSubmit).WithName("SubmitVerification");

        tenant.MapGet("/members", (Members uc, CancellationToken ct) => uc.ListAsync(ct))
            .RequirePermission(TenantsPermissions.MembersView).WithName("GetMembers");
        tenant.MapPost("/members", async (AddMemberRequest request, Members uc, CancellationToken ct) =>
                TypedResults.Created("/api/tenant/members", await uc.AddAsync(request, ct)))
            .RequirePermission(TenantsPermissions.MembersManage).WithName("AddMember");
        tenant.MapDelete("/members/{id:guid}", async (Guid id, Members uc, CancellationToken ct) =>
            { await uc.RemoveAsync(id, ct); return TypedResults.NoContent(); })
            .RequirePermission(TenantsPermissions.MembersManage).TenantResource("member").WithName("RemoveMember");

        tenant.MapGet("/api-clients", (ApiClients uc, CancellationToken ct) => uc.ListAsync(ct))
            .RequirePermission(TenantsPermissions.ApiClientsManage).WithName("GetApiClients");
        tenant.MapPost("/api-clients", async (CreateApiClientRequest request, ApiClients uc, CancellationToken ct) =>
                TypedResults.Created("/api/tenant/api-clients", await uc.CreateAsync(request, ct)))
            .RequirePermission(TenantsPermissions.ApiClientsManage).WithName("CreateApiClient");
        tenant.MapDelete("/api-clients/{id:guid}", async (Guid id, ApiClients uc, CancellationToken ct) =>
            { await uc.RevokeAsync(id, ct); return TypedResults.NoContent(); })
            .RequirePermission(TenantsPermissions.ApiClientsManage).TenantResource("api-client").WithName("RevokeApiClient");

        var host = endpoints.MapApiGroup("/api/host/tenants", "Tenants (provider)");
        host.MapGet("/", (TenantStatus? status, VerificationStatus? verificationStatus, string? search, QueryTenants q, CancellationToken ct) =>
                q.ListAsync(new TenantFilter(status, verificationStatus, search), ct))
            .RequirePermission(TenantsPermissions.TenantsView).WithName("GetTenants");
        host.MapGet("/{id:guid}", (Guid id, QueryTenants q, CancellationToken ct) => q.GetAsync(id, ct))
            .RequirePermission(TenantsPermissions.TenantsView).WithName("GetTenant");
        host.MapGet("/{id:guid}/audit", (Guid id, QueryTenants q, CancellationToken ct) => q.AuditAsync(id, ct))
            .RequirePermission(PlatformPermissions.AuditView).WithName("GetTenantAudit");
        host.MapPost("/{id:guid}/verification/approve", (Guid id, ReviewVerification uc, CancellationToken ct) => uc.ApproveAsync(id, ct))
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("ApproveVerification");
        host.MapPost("/{id:guid}/verification/reject", (Guid id, ReasonRequest request, ReviewVerification uc, CancellationToken ct) => uc.RejectAsync(id, request.Reason, ct))
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("RejectVerification");
        host.MapPost("/{id:guid}/verification/revoke", (Guid id, ReasonRequest request, ReviewVerification uc, CancellationToken ct) => uc.RevokeAsync(id, request.Reason, ct))
            .RequirePermission(TenantsPermissions.VerificationReview).WithName("RevokeVerification");
        host.MapPost("/{id:guid}/suspend", (Guid id, ReasonRequest request, SuspendTenant uc, CancellationToken ct) => uc.SuspendAsync(id, request.Reason, ct))
            .RequirePermission(TenantsPermissions.TenantsManage).WithName("SuspendTenant");
        host.MapPost("/{id:guid}/reinstate", (Guid id, SuspendTenant uc, CancellationToken ct) => uc.ReinstateAsync(id, ct))
            .RequirePermission(TenantsPermissions.TenantsManage).WithName("ReinstateTenant");
    }
}
