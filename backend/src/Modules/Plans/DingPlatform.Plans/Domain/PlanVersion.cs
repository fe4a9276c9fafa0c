namespace DingPlatform.Plans.Domain;

/// <summary>One version of a plan: its name, price and entitlements as they were sold. Never changed once
/// written; <see cref="Plan.Revise"/> adds the next.</summary>
public sealed class PlanVersion
{
    private readonly List<Entitlement> _entitlements = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string PlanCode { get; private set; } = "";
    public int Version { get; private set; }
    public string Name { get; private set; } = "";
    public decimal AnnualPrice { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<Entitlement> Entitlements => _entitlements;

    private PlanVersion() { }

    internal PlanVersion(string planCode, int version, string name, decimal annualPrice, DateTimeOffset createdAt,
        IEnumerable<Entitlement> entitlements)
    {
        PlanCode = planCode; Version = version; Name = name; AnnualPrice = annualPrice; CreatedAt = createdAt;
        _entitlements.AddRange(entitlements);
    }
}
