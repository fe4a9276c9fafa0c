namespace DingPlatform.Billing.Domain;

/// <summary>The buyer as the tenant's invoice profile stood when the invoice was made (§2.2): later profile
/// edits do not change an invoice.</summary>
public sealed class Buyer
{
    public string Name { get; set; } = "";
    public string? TaxpayerId { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Bank { get; set; }
    public string? Account { get; set; }
}
