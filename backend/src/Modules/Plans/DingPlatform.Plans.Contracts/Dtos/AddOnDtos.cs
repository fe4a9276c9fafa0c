namespace DingPlatform.Plans.Contracts;

public sealed record AddOnPackDto(string Code, string Name, string EntitlementKey, long Amount, decimal Price);

/// <summary>An active add-on pack as other modules price it (<see cref="IPlanCatalog"/>).</summary>
public sealed record AddOnInfo(string Code, string Name, string EntitlementKey, long Amount, decimal Price);
