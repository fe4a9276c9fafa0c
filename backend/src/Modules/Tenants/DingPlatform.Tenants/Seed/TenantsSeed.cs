using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Identity;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Tenants.Application.SignUp;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DingPlatform.Tenants.Seed;

/// <summary>Roles always; demo people and the seed agreement's party A only when demo data is asked for.</summary>
internal static class TenantsSeed
{
    public const string DemoPassword = "Passw0rd!";
    public const string DemoTenantName = "北京创联致信科技有限公司";
    public const string DemoCreditCode = "91110108596007659D";

    public static async Task SeedAsync(IServiceProvider sp, CancellationToken ct)
    {
        var roles = sp.GetRequiredService<RoleManager<PlatformRole>>();
        foreach (var role in PlatformRoles.Host.Concat(PlatformRoles.Tenant))
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new PlatformRole(role));

        if (!sp.GetRequiredService<IConfiguration>().GetValue("Seed:Demo", false)) return;
        var users = sp.GetRequiredService<UserManager<PlatformUser>>();
        var filter = sp.GetRequiredService<IDataFilter>();
        var clock = sp.GetRequiredService<TimeProvider>();
        using var _ = filter.DisableMultiTenant();
        await HostUserAsync(users, "admin@dingplatform.local", "平台管理员 Provider Admin", PlatformRoles.ProviderAdmin, clock);
        await HostUserAsync(users, "billing@dingplatform.local", "财务 Billing", PlatformRoles.Billing, clock);
        await HostUserAsync(users, "support@dingplatform.local", "客服 Support", PlatformRoles.Support, clock);

        var db = sp.GetRequiredService<PlatformDbContext>();
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
        await sp.GetRequiredService<UserAccounts>().CreateAsync(tenant.Id, "欧妍", "admin@chuanglian.cn", DemoPassword, PlatformRoles.TenantAdmin, "email", "password", ct);
    }

    private static async Task HostUserAsync(UserManager<PlatformUser> users, string email, string name, string role, TimeProvider clock)
    {
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new PlatformUser { UserName = email, Email = email, Name = name, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, DemoPassword);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }
}
