namespace DingPlatform.Plans.Domain;

/// <summary>An add-on pack sold like a plan; it adds its amount to one entitlement until the subscription ends.</summary>
public sealed class AddOnPack
{
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string EntitlementKey { get; private set; } = "";
    public long Amount { get; private set; }
    public decimal Price { get; private set; }
    public bool IsActive { get; private set; } = true;

    private AddOnPack() { }

    public static AddOnPack Create(string code, string name, string entitlementKey, long amount, decimal price) =>
        new() { Code = code, Name = name, EntitlementKey = entitlementKey, Amount = amount, Price = price };
}
