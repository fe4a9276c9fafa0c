namespace DingPlatform.Support.Domain;

/// <summary>A support staff member who can take a Professional tenant, with the load they carry now.</summary>
/// <param name="LastAssignedAt">When they were last given a tenant; null if never.</param>
public sealed record AccountManagerCandidate(Guid StaffUserId, int ProfessionalTenants, DateTimeOffset? LastAssignedAt);

/// <summary>§1.3 "专属一对一服务支持": each Professional tenant gets a dedicated account manager. The rule
/// spreads tenants evenly: least-loaded first; on a tie, the one who has waited longest since their last new
/// tenant (never assigned counts as longest), then the smaller user id, so the same data always gives the same
/// pick. No candidate gives null: the caller records the tenant as unassigned for staff to handle.</summary>
public static class AccountManagerAssignment
{
    public static Guid? Pick(IEnumerable<AccountManagerCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        foreach (var c in list) ArgumentOutOfRangeException.ThrowIfNegative(c.ProfessionalTenants, nameof(candidates));
        return list
            .OrderBy(c => c.ProfessionalTenants)
            .ThenBy(c => c.LastAssignedAt.HasValue) // false (never assigned) sorts first
            .ThenBy(c => c.LastAssignedAt)
            .ThenBy(c => c.StaffUserId)
            .Select(c => (Guid?)c.StaffUserId)
            .FirstOrDefault();
    }
}
