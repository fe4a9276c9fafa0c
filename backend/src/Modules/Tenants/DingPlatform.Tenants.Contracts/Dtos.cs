using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public sealed record SignUpRequest(
    [property: Required, MinLength(2), MaxLength(100)] string CompanyName,
    [property: Required, MinLength(1), MaxLength(100)] string AdminName,
    [property: Required, EmailAddress, MaxLength(256)] string AdminEmail,
    [property: Required, MinLength(8), MaxLength(128)] string AdminPassword);

public sealed record SignUpResult(Guid TenantId);

public sealed record InvoiceProfileDto(
    [property: Required, MinLength(2), MaxLength(100)] string Name,
    [property: Required, MinLength(15), MaxLength(20)] string TaxpayerId,
    [property: Required, MaxLength(200)] string Address,
    [property: Required, RegularExpression("^[0-9+\\- ()]{5,30}$", ErrorMessage = "A phone number is digits, spaces, +, - and brackets.")] string Phone,
    [property: Required, MaxLength(100)] string Bank,
    [property: Required, RegularExpression("^[0-9 ]{6,40}$", ErrorMessage = "An account number is digits.")] string Account);

public sealed record SubmitVerificationRequest(
    [property: Required, MinLength(2), MaxLength(100)] string LegalName,
    [property: Required, StringLength(18, MinimumLength = 18, ErrorMessage = "A unified social credit code has 18 characters.")] string CreditCode,
    [property: Required] TaxpayerType? TaxpayerType,
    [property: Required] InvoiceProfileDto InvoiceProfile);

public sealed record VerificationDto(string LegalName, string CreditCode, TaxpayerType TaxpayerType, InvoiceProfileDto InvoiceProfile, DateTimeOffset SubmittedAt, DateTimeOffset? ReviewedAt);

public sealed record TenantDto(
    Guid Id, string Name, TenantStatus Status, string? SuspensionReason, DateTimeOffset CreatedAt,
    VerificationStatus VerificationStatus, string? VerificationNote, VerificationDto? Verification);

public sealed record ReasonRequest([property: Required, MinLength(2), MaxLength(500)] string Reason);

public sealed record CreditCodeCheckDto(string Code, bool Valid, string? Reason);

public sealed record MemberDto(Guid Id, string Name, string Email, string Role, DateTimeOffset CreatedAt);

public sealed record AddMemberRequest(
    [property: Required, MinLength(1), MaxLength(100)] string Name,
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, MinLength(8), MaxLength(128)] string Password,
    [property: Required, RegularExpression("^(TenantAdmin|Member)$", ErrorMessage = "The role is TenantAdmin or Member.")] string Role);

public sealed record CreateApiClientRequest([property: Required, MinLength(1), MaxLength(100)] string Name);

public sealed record ApiClientDto(Guid Id, string Name, string ClientId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public sealed record ApiClientCreatedDto(Guid Id, string Name, string ClientId, string ClientSecret, DateTimeOffset CreatedAt);

public sealed record AuditEntryDto(DateTimeOffset At, string Actor, string Action, string? Detail);

/// <summary>What other modules ask about a tenant (e.g. Subscriptions: may it order Professional?).</summary>
public interface ITenantsFacade
{
    Task<TenantDto?> FindAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Display names of many tenants in one query (console lists).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> tenantIds, CancellationToken ct);
}
