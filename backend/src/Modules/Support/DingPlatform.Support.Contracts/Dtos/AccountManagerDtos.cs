using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Support.Contracts.Dtos;

/// <summary>A tenant's dedicated account manager as the portal shows it.</summary>
public sealed record AccountManagerDto(Guid StaffUserId, string Name, string? Email, string? Phone);

/// <summary>A member of the provider's support staff (the Support role) and the load they carry:
/// tenants they manage and open tickets assigned to them.</summary>
public sealed record StaffMemberDto(Guid Id, string Name, string? Email, string? Phone, int AccountManagerOf, int OpenTickets);

public sealed record TenantAccountManagerDto(
    Guid TenantId,
    string TenantName,
    Guid StaffUserId,
    string StaffName,
    DateTimeOffset AssignedAt);

public sealed record ReassignAccountManagerRequest([property: Required] Guid? StaffUserId);
