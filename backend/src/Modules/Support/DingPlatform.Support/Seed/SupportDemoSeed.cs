using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Support.Domain;
using DingPlatform.Support.Features.OpenTicket;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DingPlatform.Support.Seed;

/// <summary>Demo data (<c>Seed:Demo</c>): the demo tenant, when it is Professional (<c>support.online</c>),
/// has support@dingplatform.local as its account manager. Safe to run on every start.</summary>
internal sealed class SupportDemoSeed(IConfiguration configuration, PlatformDbContext db, IDataFilter filter,
    IEntitlementService entitlements, TimeProvider clock)
    : IDataSeeder
{
    public const string DemoSupportEmail = "support@dingplatform.local";
    public const string DemoTenantAdminEmail = "admin@chuanglian.cn";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seed:Demo", false)) return;
        using var _ = filter.DisableMultiTenant();
        var tenantId = await db.Users.Where(u => u.NormalizedEmail == DemoTenantAdminEmail.ToUpperInvariant()).Select(u => u.TenantId)
            .SingleOrDefaultAsync(cancellationToken);
        var staffId = await db.Users.Where(u => u.NormalizedEmail == DemoSupportEmail.ToUpperInvariant() && u.TenantId == null)
            .Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (tenantId is not { } tenant || staffId is not { } staff) return;
        if (await db.Set<TenantAccountManager>().AnyAsync(m => m.TenantId == tenant, cancellationToken)) return;
        if (!(await entitlements.GetEffectiveAsync(tenant, cancellationToken)).IsEnabled(OpenTicket.SupportOnline)) return;
        db.Add(TenantAccountManager.Assign(tenant, staff, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
