using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public enum TenantStatus { Active, Suspended }

public sealed record TenantDto(
    Guid Id, string Name, TenantStatus Status, string? SuspensionReason, DateTimeOffset CreatedAt,
    VerificationStatus VerificationStatus, string? VerificationNote, VerificationDto? Verification);

/// <summary>Why staff reject or revoke a verification or suspend a tenant (kept on the tenant and audited).</summary>
public sealed record ReasonRequest([property: Required, MinLength(2), MaxLength(500)] string Reason);

public sealed record AuditEntryDto(DateTimeOffset At, string Actor, string Action, string? Detail);
