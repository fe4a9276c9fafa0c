using System.Net.Http.Json;
using System.Text.Json;
using DingPlatform.IntegrationTests.TestKit;

namespace DingPlatform.IntegrationTests;

public sealed class TenantsTests(DingApp app) : IClassFixture<DingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_company_signs_up_submits_verification_and_is_approved_by_provider_staff()
    {
        var tenant = await app.NewTenantAsync("上海示例科技有限公司");
        var profile = await (await tenant.Admin.GetAsync("/api/tenant/profile", Ct)).JsonAsync();
        profile.GetProperty("verificationStatus").GetString().ShouldBe("Unverified");

        var code = CreditCodes.NewValid();
        var submitted = await (
            await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("上海示例科技有限公司", code),
                Ct)).JsonAsync();
        submitted.GetProperty("verificationStatus").GetString().ShouldBe("Pending");
        submitted.GetProperty("verification").GetProperty("creditCode").GetString().ShouldBe(code);

        var staff = await app.SignedInAsync("billing@dingplatform.local");
        var queue = await (await staff.GetAsync("/api/host/tenants?verificationStatus=Pending", Ct)).JsonAsync();
        queue.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(tenant.Id);

        var approved = await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/verification/approve", null, Ct)).JsonAsync();
        approved.GetProperty("verificationStatus").GetString().ShouldBe("Verified");

        (await (await tenant.Admin.GetAsync("/api/tenant/profile", Ct)).JsonAsync()).GetProperty("verificationStatus").GetString()
            .ShouldBe("Verified");
        var audit = await (await staff.GetAsync($"/api/host/tenants/{tenant.Id}/audit", Ct)).JsonAsync();
        audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldContain("Verification.Approved");
        audit.EnumerateArray().First().GetProperty("actor").GetString().ShouldBe("billing@dingplatform.local");
    }

    [Fact]
    public async Task Rejection_carries_the_reason_and_the_tenant_may_resubmit()
    {
        var tenant = await app.NewTenantAsync();
        await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("某公司"), Ct)).ShouldBeStatus(200);
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var rejected = await (
            await staff.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/verification/reject", new { reason = "营业执照名称不一致" },
                Ct)).JsonAsync();
        rejected.GetProperty("verificationStatus").GetString().ShouldBe("Rejected");
        rejected.GetProperty("verificationNote").GetString().ShouldBe("营业执照名称不一致");

        await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/verification/approve", null, Ct))
            .ShouldBeProblem(409, "Tenants:VerificationNotPending");
        var again =
            await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("某公司"), Ct)).JsonAsync();
        again.GetProperty("verificationStatus").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused_naming_the_field()
    {
        var tenant = await app.NewTenantAsync();
        var problem = await (
            await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("某公司", "91110108596007659A"), Ct))
            .ShouldBeProblem(400, "Platform:InvalidInput");
        problem.ErrorFields().ShouldBe(["creditCode"]);
        problem.GetProperty("detail").GetString()!.ShouldContain("'D'");
        (await (await tenant.Admin.GetAsync("/api/tenant/profile", Ct)).JsonAsync()).GetProperty("verificationStatus").GetString()
            .ShouldBe("Unverified");

        var check = await (await app.Anonymous().GetAsync("/api/credit-codes/91110108596007659D/check", Ct)).JsonAsync();
        check.GetProperty("valid").GetBoolean().ShouldBeTrue();
        var bad = await (await app.Anonymous().GetAsync("/api/credit-codes/91110108596007659I/check", Ct)).JsonAsync();
        bad.GetProperty("valid").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_credit_code_verified_for_one_tenant_cannot_be_verified_for_another()
    {
        var tenant = await app.NewTenantAsync();
        var problem = await (
            await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("冒名公司", "91110108596007659D"), Ct))
            .ShouldBeProblem(409, "Tenants:CreditCodeTaken");
        problem.GetProperty("field").GetString().ShouldBe("creditCode");
    }

    [Fact]
    public async Task A_suspended_tenant_can_only_see_why_until_it_is_reinstated()
    {
        var tenant = await app.NewTenantAsync();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var suspended =
            await (await staff.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/suspend", new { reason = "欠费" }, Ct)).JsonAsync();
        suspended.GetProperty("status").GetString().ShouldBe("Suspended");

        await (await tenant.Admin.GetAsync("/api/tenant/members", Ct)).ShouldBeProblem(403, "Tenants:TenantSuspended");
        (await (await tenant.Admin.GetAsync("/api/tenant/profile", Ct)).JsonAsync()).GetProperty("suspensionReason").GetString()
            .ShouldBe("欠费");
        await (await staff.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/suspend", new { reason = "again" }, Ct))
            .ShouldBeProblem(409, "Tenants:AlreadySuspended");

        await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/reinstate", null, Ct)).ShouldBeStatus(200);
        await (await tenant.Admin.GetAsync("/api/tenant/members", Ct)).ShouldBeStatus(200);
        var actions = (await (await staff.GetAsync($"/api/host/tenants/{tenant.Id}/audit", Ct)).JsonAsync()).EnumerateArray()
            .Select(a => a.GetProperty("action").GetString());
        actions.ShouldBe(["Tenant.Reinstated", "Tenant.Suspended"]);
    }

    [Fact]
    public async Task Revoking_a_verification_needs_it_verified_and_frees_the_credit_code()
    {
        var tenant = await app.NewTenantAsync();
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        await (await staff.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/verification/revoke", new { reason = "x1" }, Ct))
            .ShouldBeProblem(409, "Tenants:NotVerified");
        var code = CreditCodes.NewValid();
        await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("甲公司", code), Ct))
            .ShouldBeStatus(200);
        await (await staff.PostAsync($"/api/host/tenants/{tenant.Id}/verification/approve", null, Ct)).ShouldBeStatus(200);
        var revoked = await (
            await staff.PostAsJsonAsync($"/api/host/tenants/{tenant.Id}/verification/revoke", new { reason = "执照吊销" }, Ct)).JsonAsync();
        revoked.GetProperty("verificationStatus").GetString().ShouldBe("Revoked");
        await (await tenant.Admin.PutAsJsonAsync("/api/tenant/verification", CreditCodes.VerificationBody("甲公司", code), Ct))
            .ShouldBeProblem(409, "Tenants:VerificationLocked");
    }

    [Fact]
    public async Task Signing_up_twice_with_one_email_is_refused_and_creates_no_second_tenant()
    {
        var tenant = await app.NewTenantAsync();
        var before = await app.DbAsync(db => Task.FromResult(db.Set<Tenants.Domain.Tenant>().Count()));
        var response = await app.Anonymous().PostAsJsonAsync("/api/tenants/sign-up",
            new { companyName = "重复公司", adminName = "x", adminEmail = tenant.AdminEmail, adminPassword = DingApp.Password }, Ct);
        await response.ShouldBeProblem(409, "Tenants:EmailTaken");
        (await app.DbAsync(db => Task.FromResult(db.Set<Tenants.Domain.Tenant>().Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task A_weak_password_at_sign_up_names_the_password_field_and_writes_nothing()
    {
        var before = await app.DbAsync(db => Task.FromResult(db.Set<Tenants.Domain.Tenant>().Count()));
        var response = await app.Anonymous().PostAsJsonAsync("/api/tenants/sign-up",
            new
            {
                companyName = "弱密码公司",
                adminName = "x",
                adminEmail = $"weak-{Guid.NewGuid():N}@example.com",
                adminPassword = "abcdefgh"
            }, Ct);
        var problem = await response.ShouldBeProblem(400, "Platform:InvalidInput");
        problem.ErrorFields().ShouldBe(["adminPassword"]);
        (await app.DbAsync(db => Task.FromResult(db.Set<Tenants.Domain.Tenant>().Count()))).ShouldBe(before);
    }

    [Fact]
    public async Task Members_are_added_up_to_the_plan_limit()
    {
        var tenant = await app.NewTenantAsync();
        var member = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/members",
            new { name = "张三", email = $"m-{Guid.NewGuid():N}@example.com", password = DingApp.Password, role = "Member" }, Ct))
                .JsonAsync(201);
        var list = await (await tenant.Admin.GetAsync("/api/tenant/members", Ct)).JsonAsync();
        list.EnumerateArray().Select(m => m.GetProperty("role").GetString()).ShouldBe(["TenantAdmin", "Member"]);

        // The member signs in and may see entitlements but not manage members.
        var memberClient = await app.SignedInAsync(member.GetProperty("email").GetString()!);
        await (await memberClient.GetAsync("/api/tenant/entitlements", Ct)).ShouldBeStatus(200);
        await (await memberClient.GetAsync("/api/tenant/members", Ct)).ShouldBeStatus(403);

        var me = (await (await tenant.Admin.GetAsync("/api/me", Ct)).JsonAsync()).GetProperty("userId").GetString();
        await (await tenant.Admin.DeleteAsync($"/api/tenant/members/{me}", Ct)).ShouldBeProblem(409, "Tenants:CannotRemoveSelf");
        await (await tenant.Admin.DeleteAsync($"/api/tenant/members/{member.GetProperty("id").GetGuid()}", Ct)).ShouldBeStatus(204);
    }
}

/// <summary>The member limit on a database of its own: it edits Standard's limit, which every tenant shares.</summary>
public sealed class MemberLimitTests(DingApp app) : IClassFixture<DingApp>
{
    [Fact]
    public async Task Adding_a_member_beyond_the_members_limit_is_refused_with_a_coded_error()
    {
        var ct = TestContext.Current.CancellationToken;
        var staff = await app.SignedInAsync(DingApp.ProviderAdmin);
        var standard = (await (await staff.GetAsync("/api/host/plans", ct)).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == "standard");
        var entitlements = standard.GetProperty("entitlements").EnumerateArray()
            .Select(e => e.GetProperty("key")
                .GetString() == "members" ? Replace(e, 2) : JsonSerializer.Deserialize<object>(e.GetRawText())).ToList();
        await (await staff.PutAsJsonAsync("/api/host/plans/standard", new { name = "标准版 Standard", annualPrice = 0, entitlements }, ct))
            .ShouldBeStatus(200);

        var tenant = await app.NewTenantAsync();
        object Body() => new { name = "成员", email = $"m-{Guid.NewGuid():N}@example.com", password = DingApp.Password, role = "Member" };
        await (await tenant.Admin.PostAsJsonAsync("/api/tenant/members", Body(), ct)).ShouldBeStatus(201);
        var problem = await (await tenant.Admin.PostAsJsonAsync("/api/tenant/members", Body(), ct))
            .ShouldBeProblem(409, "Tenants:MemberLimitReached");
        problem.GetProperty("limit").GetInt64().ShouldBe(2);
        (await (await tenant.Admin.GetAsync("/api/tenant/members", ct)).JsonAsync()).GetArrayLength().ShouldBe(2);

        // Racing for the last seat: exactly one add wins.
        var racing = await app.NewTenantAsync();
        var results =
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => racing.Admin.PostAsJsonAsync("/api/tenant/members", Body(), ct)));
        results.Count(r => (int)r.StatusCode == 201).ShouldBe(1);
        results.Count(r => (int)r.StatusCode == 409).ShouldBe(3);
        (await (await racing.Admin.GetAsync("/api/tenant/members", ct)).JsonAsync()).GetArrayLength().ShouldBe(2);
    }

    private static object Replace(JsonElement e, long amount)
    {
        var dict = JsonSerializer.Deserialize<Dictionary<string, object?>>(e.GetRawText())!;
        dict["amount"] = amount;
        return dict;
    }
}
