using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public sealed record SignUpRequest(
    [property: Required, MinLength(2), MaxLength(100)] string CompanyName,
    [property: Required, MinLength(1), MaxLength(100)] string AdminName,
    [property: Required, EmailAddress, MaxLength(256)] string AdminEmail,
    [property: Required, MinLength(8), MaxLength(128)] string AdminPassword);

public sealed record SignUpResult(Guid TenantId);

public sealed record CreditCodeCheckDto(string Code, bool Valid, string? Reason);
