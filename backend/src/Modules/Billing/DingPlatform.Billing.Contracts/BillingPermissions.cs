namespace DingPlatform.Billing.Contracts;

/// <summary>Billing's permission names; <c>PermissionGrants</c> in the module says which roles hold them.</summary>
public static class BillingPermissions
{
    // Host
    public const string InvoicesManage = "Billing.Invoices.Manage";
    public const string StatementsImport = "Billing.Statements.Import";
    public const string CreditsSettle = "Billing.Credits.Settle";
    // Tenant
    public const string View = "Billing.View";
    public const string Pay = "Billing.Pay";
}
