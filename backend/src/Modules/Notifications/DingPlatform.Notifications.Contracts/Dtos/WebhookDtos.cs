using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Notifications.Contracts.Dtos;

public sealed record CreateWebhookRequest(
    [property: Required, MaxLength(500)] string Url,
    [property: MaxLength(200)] string? Description,
    [property: Required, MinLength(1), MaxLength(30)] IReadOnlyList<string> EventTypes);

public sealed record UpdateWebhookRequest(
    [property: Required, MaxLength(500)] string Url,
    [property: MaxLength(200)] string? Description,
    [property: Required, MinLength(1), MaxLength(30)] IReadOnlyList<string> EventTypes,
    bool Enabled);

/// <summary>An endpoint as the portal lists it; the secret is never shown again after create and rotate.</summary>
public sealed record WebhookEndpointDto(
    Guid Id, string Url, string? Description, IReadOnlyList<string> EventTypes, bool Enabled,
    DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt, DateTimeOffset? PreviousSecretExpiresAt);

/// <summary>The answer to create: the endpoint and its signing secret, shown this once.</summary>
public sealed record WebhookCreatedDto(
    Guid Id, string Url, string? Description, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset CreatedAt, string Secret);

/// <summary>The answer to rotate: the new secret (shown this once); the old one keeps signing until <see
/// cref="PreviousSecretExpiresAt"/>.</summary>
public sealed record WebhookSecretDto(Guid Id, string Secret, DateTimeOffset RotatedAt, DateTimeOffset PreviousSecretExpiresAt);

/// <summary>An event type an endpoint may subscribe to, described in both languages (keys "zh-CN", "en-US").</summary>
public sealed record WebhookEventTypeDto(string Type, IReadOnlyDictionary<string, string> Description);

public sealed record WebhookAttemptDto(DateTimeOffset At, bool Succeeded, int? StatusCode, string? Detail);

/// <summary>One event to one endpoint. <see cref="EventId"/> is the <c>Ding-Webhook-Id</c> header, the same on every
/// attempt and resend; <see cref="Status"/> is Pending, Delivered or Failed (given up).</summary>
public sealed record WebhookDeliveryDto(
    Guid Id, string EventType, Guid EventId, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, IReadOnlyList<WebhookAttemptDto> AttemptLog);

public sealed record WebhookDeliveryPageDto(int Total, int Page, int Size, IReadOnlyList<WebhookDeliveryDto> Items);
