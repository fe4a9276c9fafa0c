using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Tenants.Contracts;

public sealed record CreateApiClientRequest([property: Required, MinLength(1), MaxLength(100)] string Name);

public sealed record ApiClientDto(Guid Id, string Name, string ClientId, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>The only answer that carries the secret: it is stored hashed and cannot be shown again.</summary>
public sealed record ApiClientCreatedDto(Guid Id, string Name, string ClientId, string ClientSecret, DateTimeOffset CreatedAt);
