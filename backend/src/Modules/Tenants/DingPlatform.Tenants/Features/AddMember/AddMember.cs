using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Plans.Contracts;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Features.AddMember;

/// <summary>A tenant admin adds a person; the head count is held to the plan's <c>members</c> limit
/// (SPEC §3 "Plans and entitlements", contract §3.1.2: a limit that would be exceeded is refused).</summary>
internal sealed class AddMember(PlatformDbContext db, TenantStore tenants, UserAccounts accounts, IEntitlementService entitlements)
{
    public async Task<MemberDto> ExecuteAsync(AddMemberRequest request, CancellationToken ct)
    {
        var tenantId = tenants.CurrentId;
        var limit = (await entitlements.GetEffectiveAsync(tenantId, ct)).Amount(EntitlementKeys.Members);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A no-op write on the tenant row takes its lock (PostgreSQL) or the write lock (SQLite): concurrent adds
        // for one tenant count one after another, so two of them cannot both take the last seat.
        await db.Set<Tenant>().Where(t => t.Id == tenantId).ExecuteUpdateAsync(u => u.SetProperty(t => t.Name, t => t.Name), ct);
        var count = await accounts.CountAsync(tenantId, ct);
        if (count + 1 > limit)
            throw new BusinessException(TenantsErrors.MemberLimitReached,
                    $"The plan allows {limit} members and the tenant has {count}. Buy a members pack or upgrade to add more.")
                .WithDetail("limit", limit).WithDetail("count", count);
        var user = await accounts.CreateAsync(tenantId, request.Name, request.Email, request.Password, request.Role, "email",
            "password", ct);
        await tx.CommitAsync(ct);
        return new MemberDto(user.Id, user.Name, user.Email!, request.Role, user.CreatedAt);
    }
}
