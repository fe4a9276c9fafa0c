namespace DingPlatform.Notifications.Domain;

public enum MailStatus { Sent, NotConfigured, Failed }

/// <summary>One mail the mail channel sent (or would have sent, without SMTP settings), for the console.</summary>
public sealed class MailLog
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid DeliveryId { get; init; }
    public Guid? TenantId { get; init; }
    public string EventType { get; init; } = "";
    public string To { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Text { get; init; } = "";
    public string Language { get; init; } = "";
    public string Kind { get; init; } = "";
    public MailStatus Status { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset At { get; init; }
}
