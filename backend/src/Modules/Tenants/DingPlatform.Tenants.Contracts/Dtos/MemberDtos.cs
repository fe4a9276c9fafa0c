using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public sealed record MemberDto(Guid Id, string Name, string Email, string Role, DateTimeOffset CreatedAt);

public sealed record AddMemberRequest(
    [property: Required, MinLength(1), MaxLength(100)] string Name,
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, MinLength(8), MaxLength(128)] string Password,
    [property: Required, RegularExpression("^(TenantAdmin|Member)$", ErrorMessage = "The role is TenantAdmin or Member.")] string Role);
