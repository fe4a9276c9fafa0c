namespace DingPlatform.Subscriptions.Domain;

/// <summary>One paid term: a year from its start plus any promotion bonus, at the plan version it was sold with.</summary>
public sealed class Term
{
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int PlanVersion { get; set; }
    public Guid OrderId { get; set; }
}
