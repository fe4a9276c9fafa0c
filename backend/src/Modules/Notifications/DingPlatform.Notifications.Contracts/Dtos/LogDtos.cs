namespace DingPlatform.Notifications.Contracts.Dtos;

/// <summary>One page of a console list, newest first, with the total over all pages.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>Status: Sent, NotConfigured (no SMTP settings: shown on the console, not sent) or Failed.</summary>
public sealed record MailLogDto(Guid Id, Guid DeliveryId, Guid? TenantId, string EventType, string To, string Subject, string Text,
    string Language, string Kind, string Status, string? Error, DateTimeOffset At);

public sealed record OutboxAttemptDto(DateTimeOffset At, bool Succeeded, int? StatusCode, string? Detail);

/// <summary>One delivery of one event to one recipient of one channel (inbox: a tenant id; mail: a user id),
/// with every attempt. Status: Pending, Delivered or Failed.</summary>
public sealed record OutboxDeliveryDto(Guid Id, Guid MessageId, string EventType, Guid? TenantId, string Channel, string Recipient,
    string Status, int AttemptCount, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, string? LastError,
    IReadOnlyList<OutboxAttemptDto> Attempts);
