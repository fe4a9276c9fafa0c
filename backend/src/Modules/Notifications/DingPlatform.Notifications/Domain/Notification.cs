using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Notifications.Domain;

/// <summary>Something the tenant should know, shown in the portal (renewal reminders with their offer, and every templated
/// event).</summary>
public sealed class Notification : IMultiTenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public string Kind { get; init; } = "";
    /// <summary>Unique per tenant: a reconciler that runs twice creates the notification once.</summary>
    public string DedupKey { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? QuoteId { get; init; }

    /// <summary>The template (an event name in <c>TemplateRegistry</c>) the portal renders in the reader's language;
    /// null for rows written before templates, which show <see cref="Title"/> and <see cref="Body"/> as stored.</summary>
    public string? TemplateKey { get; init; }
    /// <summary>The template's parameters: the event's JSON payload.</summary>
    public string? Parameters { get; init; }
}
