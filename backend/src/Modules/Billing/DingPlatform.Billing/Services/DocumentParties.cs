using DingPlatform.Documents;
using DingPlatform.Platform;

namespace DingPlatform.Billing.Services;

/// <summary>The provider as it is printed on both documents (乙方 on the agreement, 销售方 on the invoice).</summary>
internal static class DocumentParties
{
    public static Party Provider(ProviderProfile p) => new(p.Name, p.Address, p.Contact, p.Phone, null, p.BankName, p.BankAccount);
}
