namespace DingPlatform.Platform.Auditing;

/// <summary>One action a person took on a tenant (SPEC §1: provider actions on a tenant are audited).
/// Written in the same transaction as the change it describes.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? TenantId { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? ActorId { get; init; }
    public string Actor { get; init; } = "";
    public string Action { get; init; } = "";
    public string? Detail { get; init; }
}
