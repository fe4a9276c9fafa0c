using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.Modularity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using DingPlatform.Tenants.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DingPlatform.Tenants.Seed;

/// <summary>Roles always; demo people and the seed agreement's party A only when demo data is asked for
/// (<c>Seed:Demo</c>). One seeder, not two: the demo users need the roles first.</summary>
internal sealed class TenantsSeed(
    RoleManager<PlatformRole> roles, UserManager<PlatformUser> users, IConfiguration configuration, IDataFilter filter,
    TimeProvider clock, PlatformDbContext db, UserAccounts accounts) : IDataSeeder
{
    public const string DemoPassword = "Passw0rd!";
    public const string DemoTenantName = "北京创联致信科技有限公司";
    public const string DemoCreditCode = "91110108596007659D";

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var role in PlatformRoles.Host.Concat(PlatformRoles.Tenant))
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new PlatformRole(role));

        if (!configuration.GetValue("Seed:Demo", false)) return;
        using var _ = filter.DisableMultiTenant();
        await HostUserAsync("admin@dingplatform.local", "平台管理员 Provider Admin", PlatformRoles.ProviderAdmin);
        await HostUserAsync("billing@dingplatform.local", "财务 Billing", PlatformRoles.Billing);
        await HostUserAsync("support@dingplatform.local", "客服 Support", PlatformRoles.Support);

        if (await db.Set<Tenant>().AnyAsync(t => t.VerifiedCreditCode == DemoCreditCode, ct)) return;
        var now = clock.GetUtcNow();
        var tenant = Tenant.SignUp(DemoTenantName, now);
        // Party A of the seed agreement, with its invoice details (甲方发票信息).
        tenant.SubmitVerification(new Verification(DemoTenantName, DemoCreditCode, TaxpayerType.General,
            new InvoiceProfile(DemoTenantName, DemoCreditCode, "北京市朝阳区小营北路 19 号二层 206 室", "010-82746952",
                "招商银行股份有限公司北京慧忠北里支行", "110946919610501"), now));
        tenant.Approve(now);
        db.Set<Tenant>().Add(tenant);
        await db.SaveChangesAsync(ct);
        await accounts.CreateAsync(tenant.Id, "欧妍", "admin@chuanglian.cn", DemoPassword, PlatformRoles.TenantAdmin, "email",
            "password", ct);
    }

    private async Task HostUserAsync(string email, string name, string role)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new PlatformUser { UserName = email, Email = email, Name = name, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, DemoPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }
}
