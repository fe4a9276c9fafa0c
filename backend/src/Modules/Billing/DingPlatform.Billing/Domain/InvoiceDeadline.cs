namespace DingPlatform.Billing.Domain;

/// <summary>Contract §2.2 (SPEC.md "Orders, payment and invoices"): the provider issues the 6% VAT invoice
/// within 5 working days of the payment date, on the Chinese working-day calendar (the Calendar module).</summary>
public static class InvoiceDeadline
{
    public const int WorkingDays = 5;
}
