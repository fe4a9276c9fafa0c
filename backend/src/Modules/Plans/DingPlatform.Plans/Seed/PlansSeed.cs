using DingPlatform.Platform.Data;
using DingPlatform.Platform.Modularity;
using DingPlatform.Plans.Contracts;
using DingPlatform.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using static DingPlatform.Plans.Domain.Entitlement;

namespace DingPlatform.Plans.Seed;

/// <summary>Standard and Professional with appendix 1's entitlements (SPEC §3). Standard's values are not
/// in the contract: modest ones that provider staff can edit.</summary>
internal sealed class PlansSeed(PlatformDbContext db, TimeProvider clock) : IDataSeeder
{
    private static readonly string[] ProfessionalSwitches =
        ["workbench.custom", "group.confidential", "attendance.pro", "approval.pro", "insights", "finance.smart",
         "drive.audit-log", "executive.protection", "identity.badge"];

    private static readonly string[] DataRecoveryKinds = ["org", "members", "group-chats", "group-files"];

    public static IEnumerable<Entitlement> Professional()
    {
        foreach (var s in ProfessionalSwitches) yield return Switch(s, true);
        yield return Limit(EntitlementKeys.ChatRetention, 730, "days", "2 years");
        yield return Limit("video.rooms", 5, "rooms", "100 participants, 24 h");
        yield return Limit("live.rooms", 3, "rooms", "500 viewers");
        yield return Limit(EntitlementKeys.Storage, 1024, "GB", "1 TB");
        yield return Limit("docs.editors", 50, "editors");
        yield return Limit("docs.file-size", 1, "GB");
        yield return Limit("docs.kb-upload", 20, "GB");
        yield return Rate(EntitlementKeys.ApiRate, 40);
        yield return Quota(EntitlementKeys.ApiCalls, 500_000, QuotaPeriod.Month, "calls");
        yield return Quota("connector.flows", 300_000, QuotaPeriod.Month, "runs");
        yield return Limit("api.high-value", 8, "APIs");
        yield return Quota("api.app-ding", 1_000, QuotaPeriod.Year, "messages");
        yield return Limit("devices", 5, "logins");
        yield return Limit("onboarding.maps", 20, "maps");
        yield return Limit("accounts.enterprise", 2_000, "accounts");
        yield return Limit(EntitlementKeys.Members, 2_000, "members");
        foreach (var k in DataRecoveryKinds) yield return Quota($"data.recovery.{k}", 1, QuotaPeriod.Year, "restores");
        yield return Quota(EntitlementKeys.Ding, 1_000, QuotaPeriod.Year, "messages");
        yield return Quota(EntitlementKeys.PhoneConference, 5_000, QuotaPeriod.Year, "minutes");
        yield return Switch("support.online", true, "7 days × 10 h, 08:00–18:00");
    }

    public static IEnumerable<Entitlement> Standard()
    {
        foreach (var s in ProfessionalSwitches) yield return Switch(s, false);
        yield return Limit(EntitlementKeys.ChatRetention, 180, "days");
        yield return Limit("video.rooms", 1, "rooms", "25 participants, 1 h");
        yield return Limit("live.rooms", 1, "rooms", "100 viewers");
        yield return Limit(EntitlementKeys.Storage, 100, "GB");
        yield return Limit("docs.editors", 10, "editors");
        yield return Limit("docs.file-size", 1, "GB");
        yield return Limit("docs.kb-upload", 2, "GB");
        yield return Rate(EntitlementKeys.ApiRate, 10);
        yield return Quota(EntitlementKeys.ApiCalls, 50_000, QuotaPeriod.Month, "calls");
        yield return Quota("connector.flows", 10_000, QuotaPeriod.Month, "runs");
        yield return Limit("api.high-value", 0, "APIs");
        yield return Quota("api.app-ding", 0, QuotaPeriod.Year, "messages");
        yield return Limit("devices", 2, "logins");
        yield return Limit("onboarding.maps", 0, "maps");
        yield return Limit("accounts.enterprise", 0, "accounts");
        yield return Limit(EntitlementKeys.Members, 500, "members");
        foreach (var k in DataRecoveryKinds) yield return Quota($"data.recovery.{k}", 0, QuotaPeriod.Year, "restores");
        yield return Quota(EntitlementKeys.Ding, 0, QuotaPeriod.Year, "messages");
        yield return Quota(EntitlementKeys.PhoneConference, 0, QuotaPeriod.Year, "minutes");
        yield return Switch("support.online", false);
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<Plan>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow();
        db.Set<Plan>().Add(Plan.Create(PlanCodes.Standard, isFree: true, 0, "标准版 Standard", 0m, Standard(), now));
        db.Set<Plan>().Add(Plan.Create(PlanCodes.Professional, isFree: false, 1, "专业版 Professional", 8_820.00m, Professional(), now));
        db.Set<AddOnPack>().AddRange(
            AddOnPack.Create("members-500", "成员扩容包 +500 members", EntitlementKeys.Members, 500, 1_200.00m),
            AddOnPack.Create("storage-1tb", "存储扩容包 +1 TB storage", EntitlementKeys.Storage, 1024, 2_000.00m),
            AddOnPack.Create("ding-1000", "DING 充值包 +1,000", EntitlementKeys.Ding, 1_000, 300.00m),
            AddOnPack.Create("phone-5000", "电话会议充值包 +5,000 minutes", EntitlementKeys.PhoneConference, 5_000, 900.00m));
        await db.SaveChangesAsync(ct);
    }
}
