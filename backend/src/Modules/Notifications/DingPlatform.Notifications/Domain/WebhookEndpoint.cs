using DingPlatform.Platform.MultiTenancy;

namespace DingPlatform.Notifications.Domain;

/// <summary>
/// A tenant's HTTPS endpoint and the event types it receives. Secrets are kept encrypted with Data Protection
/// (the host must read them to sign); the plaintext leaves the building only in the answer to create and rotate.
/// Rotation keeps the previous secret signing for <see cref="RotationOverlap"/>, so a receiver can switch over
/// without dropping a delivery.
/// </summary>
public sealed class WebhookEndpoint : IMultiTenant
{
    public const int MaxPerTenant = 10;
    public static readonly TimeSpan RotationOverlap = TimeSpan.FromHours(24);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; private set; }
    public string Url { get; private set; } = "";
    public string? Description { get; private set; }
    public List<string> EventTypes { get; private set; } = [];
    public bool Enabled { get; private set; } = true;
    /// <summary>The current secret, Data-Protection encrypted.</summary>
    public string ProtectedSecret { get; private set; } = "";
    /// <summary>The secret before the last rotation, encrypted; signs too until <see cref="PreviousExpiresAt"/>.</summary>
    public string? ProtectedPreviousSecret { get; private set; }
    public DateTimeOffset? PreviousExpiresAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RotatedAt { get; private set; }

    private WebhookEndpoint() { }

    public static WebhookEndpoint Create(string url, string? description, IReadOnlyList<string> eventTypes, string protectedSecret,
        DateTimeOffset now) =>
        new() {
            Url = url,
            Description = Blank(description),
            EventTypes = [.. eventTypes],
            ProtectedSecret = protectedSecret,
            CreatedAt = now,
        };

    public void Change(string url, string? description, IReadOnlyList<string> eventTypes, bool enabled)
    {
        Url = url;
        Description = Blank(description);
        EventTypes = [.. eventTypes];
        Enabled = enabled;
    }

    /// <summary>The new secret signs from now on; the current one keeps signing for the overlap (a rotation during an
    /// overlap drops the oldest).</summary>
    public void Rotate(string protectedSecret, DateTimeOffset now)
    {
        ProtectedPreviousSecret = ProtectedSecret;
        PreviousExpiresAt = now + RotationOverlap;
        ProtectedSecret = protectedSecret;
        RotatedAt = now;
    }

    /// <summary>The secrets a delivery at <paramref name="now"/> is signed with: the current one first.</summary>
    public IReadOnlyList<string> ProtectedSigningSecrets(DateTimeOffset now) =>
        ProtectedPreviousSecret is not null && PreviousExpiresAt > now ? [ProtectedSecret, ProtectedPreviousSecret] : [ProtectedSecret];

    public bool Receives(string eventType) => Enabled && EventTypes.Contains(eventType, StringComparer.Ordinal);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
