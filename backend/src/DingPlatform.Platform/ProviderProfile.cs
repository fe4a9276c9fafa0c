namespace DingPlatform.Platform;

/// <summary>The provider (乙方) of the agreement: its name, contact and the bank account tenants pay into (§2.3).
/// Bound from the "Provider" configuration section.</summary>
public sealed class ProviderProfile
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string Contact { get; set; } = "";
    public string Phone { get; set; } = "";
    public string BankAccountName { get; set; } = "";
    public string BankAccount { get; set; } = "";
    public string BankName { get; set; } = "";
}
