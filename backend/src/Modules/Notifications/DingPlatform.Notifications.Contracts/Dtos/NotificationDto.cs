namespace DingPlatform.Notifications.Contracts.Dtos;

public sealed record NotificationDto(Guid Id, string Kind, string Title, string Body, DateTimeOffset CreatedAt, Guid? QuoteId);
