namespace DingPlatform.Billing.Contracts;

/// <summary>Stable error codes: clients branch on them, so they never change once published.</summary>
public static class BillingErrors
{
    public const string CardPaymentsDisabled = "Billing:CardPaymentsDisabled";
    public const string OrderNotPayable = "Billing:OrderNotPayable";
    public const string InvoiceAlreadyIssued = "Billing:InvoiceAlreadyIssued";
    public const string InvoiceNotIssuable = "Billing:InvoiceNotIssuable";
    public const string CreditSettled = "Billing:CreditSettled";
    public const string StatementInvalid = "Billing:StatementInvalid";
    public const string LineResolved = "Billing:LineResolved";
    public const string GatewayFailed = "Billing:GatewayFailed";
}
