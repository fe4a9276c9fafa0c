namespace DingPlatform.Tenants.Domain;

/// <summary>The buyer details an invoice is made out to (SPEC §3 "Orders, payment and invoices").</summary>
public sealed record InvoiceProfile(string Name, string TaxpayerId, string Address, string Phone, string Bank, string Account);
