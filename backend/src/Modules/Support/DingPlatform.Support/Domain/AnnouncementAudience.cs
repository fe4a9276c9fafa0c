using DingPlatform.Platform.Errors;

namespace DingPlatform.Support.Domain;

/// <summary>Who an announcement is for: every tenant, or the listed ones (for example those on an affected
/// server). A list is never empty: an announcement for nobody is a mistake, not a choice.</summary>
public sealed record AnnouncementAudience
{
    public const int MaxTenants = 10_000;

    public static AnnouncementAudience AllTenants { get; } = new(true, []);

    public bool IsAllTenants { get; }
    public IReadOnlyList<Guid> TenantIds { get; }

    private AnnouncementAudience(bool all, IReadOnlyList<Guid> tenantIds)
    {
        IsAllTenants = all;
        TenantIds = tenantIds;
    }

    public static AnnouncementAudience Tenants(IEnumerable<Guid> tenantIds)
    {
        var ids = tenantIds.Where(id => id != Guid.Empty).Distinct().Order().ToList();
        if (ids.Count == 0) throw new InputException("audience.tenantIds", "Name at least one tenant, or address all tenants.");
        if (ids.Count > MaxTenants) throw new InputException("audience.tenantIds",
            $"At most {MaxTenants:N0} tenants; address all tenants instead.");
        return new AnnouncementAudience(false, ids);
    }

    public bool Includes(Guid tenantId) => IsAllTenants || TenantIds.Contains(tenantId);

    // A record compares lists by reference; two audiences naming the same tenants are the same audience.
    public bool Equals(AnnouncementAudience? other) =>
        other is not null && IsAllTenants == other.IsAllTenants && TenantIds.SequenceEqual(other.TenantIds);

    public override int GetHashCode() => TenantIds.Aggregate(IsAllTenants.GetHashCode(), HashCode.Combine);
}
