using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static DingPlatform.IntegrationTests.TestKit.SupportKit;

namespace DingPlatform.IntegrationTests;

/// <summary>§1.3 dedicated account managers: assigned least-loaded first on payment, in the payment's
/// transaction; shown in the portal; reassigned by staff.</summary>
public sealed class SupportAccountManagerTests(SupportDingApp app) : IClassFixture<SupportDingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> NewSupportStaffAsync(string name)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var email = $"support-{Guid.NewGuid():N}@dingplatform.local";
        var user = new PlatformUser {
            UserName = email,
            Email = email,
            Name = name,
            EmailConfirmed = true,
            PhoneNumber = "010-12345678",
            CreatedAt = app.Clock.GetUtcNow()
        };
        (await users.CreateAsync(user, DingApp.Password)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, PlatformRoles.Support);
        return user.Id;
    }

    private static async Task<JsonElement?> ManagerAsync(HttpClient tenant)
    {
        var response = await tenant.GetAsync("/api/tenant/support/account-manager", Ct);
        return response.StatusCode == System.Net.HttpStatusCode.NoContent ? null : await response.JsonAsync();
    }

    [Fact]
    public async Task Payment_assigns_the_least_loaded_support_staff_member_and_staff_reassign()
    {
        app.MoveToNextDay(9, 0);
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var extra = new[] { await NewSupportStaffAsync("客服乙"), await NewSupportStaffAsync("客服丙") };
        var everyone = (await (await staff.GetAsync("/api/host/support/staff", Ct)).JsonAsync()).EnumerateArray().ToList();
        everyone.Count.ShouldBe(3);
        everyone.ShouldAllBe(s => s.GetProperty("accountManagerOf").GetInt32() == 0);

        // Three Professional tenants go to three different people (least-loaded first; ties by who waited longest, then id).
        var tenants = new List<TestTenant>();
        var managers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var standard = await app.NewVerifiedTenantAsync();
            (await ManagerAsync(standard.Admin)).ShouldBeNull("no account manager before Professional is paid");
            await app.BuyAsync(standard);
            managers.Add((await ManagerAsync(standard.Admin))!.Value.GetProperty("staffUserId").GetGuid());
            tenants.Add(standard);
        }
        managers.Distinct().Count().ShouldBe(3);
        var loads = (await (await staff.GetAsync("/api/host/support/staff", Ct)).JsonAsync()).EnumerateArray().ToList();
        loads.ShouldAllBe(s => s.GetProperty("accountManagerOf").GetInt32() == 1);

        // The fourth goes to the one who waited longest since their last tenant: the first assigned.
        var fourth = await app.ProfessionalTenantAsync();
        (await ManagerAsync(fourth.Admin))!.Value.GetProperty("staffUserId").GetGuid().ShouldBe(managers[0]);
        foreach (var t in tenants.Append(fourth))
            (await app.OutboxAsync("support.account-manager-assigned", t.Id)).Count.ShouldBe(1);

        // A renewal (another paid order) keeps the same person.
        await app.BuyAsync(tenants[1]);
        (await ManagerAsync(tenants[1].Admin))!.Value.GetProperty("staffUserId").GetGuid().ShouldBe(managers[1]);

        // Staff reassign; the portal shows the new name and contact.
        var target = extra.First(id => id != managers[2]);
        var moved = await (
            await staff.PutAsJsonAsync($"/api/host/support/account-managers/{tenants[2].Id}", new { staffUserId = target },
                Ct)).JsonAsync();
        moved.GetProperty("staffUserId").GetGuid().ShouldBe(target);
        var shown = (await ManagerAsync(tenants[2].Admin))!.Value;
        shown.GetProperty("staffUserId").GetGuid().ShouldBe(target);
        shown.GetProperty("phone").GetString().ShouldBe("010-12345678");
        (await app.OutboxAsync("support.account-manager-assigned", tenants[2].Id)).Count.ShouldBe(2);
        var list = await (await staff.GetAsync("/api/host/support/account-managers", Ct)).JsonAsync();
        list.EnumerateArray().Single(r => r.GetProperty("tenantId").GetGuid() == tenants[2].Id).GetProperty("tenantName").GetString()
            .ShouldBe(tenants[2].Name);

        // Refused: someone who is not support staff, an unknown tenant, no staff member at all.
        var adminId = Guid.Parse((await (await staff.GetAsync("/api/me", Ct)).JsonAsync()).GetProperty("userId").GetString()!);
        await (await staff.PutAsJsonAsync($"/api/host/support/account-managers/{tenants[2].Id}", new { staffUserId = adminId }, Ct))
            .ShouldBeProblem(400, "Support:NotSupportStaff");
        await (await staff.PutAsJsonAsync($"/api/host/support/account-managers/{Guid.NewGuid()}", new { staffUserId = target }, Ct))
            .ShouldBeProblem(404, "Platform:NotFound");
        await (await staff.PutAsJsonAsync($"/api/host/support/account-managers/{tenants[2].Id}", new { }, Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        (await ManagerAsync(tenants[2].Admin))!.Value.GetProperty("staffUserId").GetGuid().ShouldBe(target);

        // Support staff may reassign, but only provider admins edit the settings.
        var support = await app.SignedInAsync(SupportStaff);
        await (await support.GetAsync("/api/host/support/account-managers", Ct)).ShouldBeStatus(200);
        await (await support.GetAsync("/api/host/support/settings", Ct)).ShouldBeStatus(403);
    }
}
