namespace DingPlatform.Support.Domain;

/// <summary>§1.3 "专属一对一服务支持": the support staff member who is a Professional tenant's dedicated
/// account manager. One per tenant; assigned on activation by <see cref="AccountManagerAssignment"/>
/// (least-loaded first), reassigned by staff. Kept after the subscription ends so a renewal finds the same
/// person again.</summary>
public sealed class TenantAccountManager
{
    public Guid TenantId { get; private set; }
    public Guid StaffUserId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }

    private TenantAccountManager() { }

    public static TenantAccountManager Assign(Guid tenantId, Guid staffUserId, DateTimeOffset at)
    {
        if (tenantId == Guid.Empty) throw new ArgumentException("An account manager is for a tenant.", nameof(tenantId));
        if (staffUserId == Guid.Empty) throw new ArgumentException("An account manager is a staff member.", nameof(staffUserId));
        return new TenantAccountManager { TenantId = tenantId, StaffUserId = staffUserId, AssignedAt = at };
    }

    /// <summary>Hands the tenant to another staff member; returns the previous one. The same person again
    /// changes nothing.</summary>
    public Guid Reassign(Guid staffUserId, DateTimeOffset at)
    {
        if (staffUserId == Guid.Empty) throw new ArgumentException("An account manager is a staff member.", nameof(staffUserId));
        var previous = StaffUserId;
        if (staffUserId == previous) return previous;
        StaffUserId = staffUserId;
        AssignedAt = at;
        return previous;
    }
}
