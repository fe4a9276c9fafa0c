using DingPlatform.Billing.Services;
using DingPlatform.Documents;
using DingPlatform.Platform;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Tenants.Contracts;
using Microsoft.Extensions.Options;

namespace DingPlatform.Billing.Features.DownloadAgreementPdf;

/// <summary>The order as the agreement (parties, product, price and discounts, payment terms with the provider's
/// bank account, the entitlement appendix) as a PDF file a tenant can keep.</summary>
internal sealed class DownloadAgreementPdf(IOrderReader orders, ITenantsFacade tenants, IPlanCatalog plans, IDocumentRenderer renderer,
    IOptions<ProviderProfile> providerOptions, IDataFilter filter)
{
    private ProviderProfile Provider => providerOptions.Value;

    /// <summary><paramref name="anyTenant"/> for staff; a tenant reads only its own orders.</summary>
    public async Task<(byte[] Pdf, string FileName)> ExecuteAsync(Guid orderId, bool anyTenant, CancellationToken ct)
    {
        using var _ = anyTenant ? filter.DisableMultiTenant() : null;
        var order = await orders.FindAsync(orderId, ct) ?? throw new EntityNotFoundException("Order", orderId);
        var tenant = await tenants.FindAsync(order.TenantId, ct);
        var appendix = order.PlanCode is { } code && order.PlanVersion is { } version
            ? (await plans.EntitlementsAsync(code, version, ct)).Select(e => new AppendixRow(e.Key, Describe(e), e.Note)).ToList()
            : [];
        var document =
            new AgreementDocument(order.Number, Platform.Timing.BusinessTime.DateOf(order.SignedAt), TenantParty(tenant, order.TenantName),
            DocumentParties.Provider(Provider),
                order.Lines.Select(l => new DocumentLine(l.Name, l.Quantity, l.UnitPrice, l.Amount)).ToList(), order.ListTotal,
            order.Discounts.Where(d => d.Amount != 0).Select(d => new DocumentDiscount(d.Description, d.Amount)).ToList(), order.Total,
                order.BonusMonths,
            order.DueDate, new Party(Provider.BankAccountName, null, null, null, null, Provider.BankName, Provider.BankAccount), appendix,
                order.Status.ToString());
        return (renderer.RenderAgreement(document), $"agreement-{order.Number}.pdf");
    }

    /// <summary>The tenant as the agreement's party: its verified legal name and invoice profile when it has them.</summary>
    private static Party TenantParty(TenantDto? tenant, string fallbackName)
    {
        var p = tenant?.Verification?.InvoiceProfile;
        return new Party(tenant?.Verification?.LegalName ?? tenant?.Name ?? fallbackName, p?.Address, null, p?.Phone,
            tenant?.Verification?.CreditCode, p?.Bank, p?.Account);
    }

    /// <summary>An entitlement as the appendix prints it: "开通 On", "2000 members", "1000 messages / year".</summary>
    internal static string Describe(EntitlementDto e) => e.Kind switch {
        EntitlementKind.Switch => e.Enabled == true ? "开通 On" : "未开通 Off",
        EntitlementKind.Quota => $"{e.Amount:N0} {e.Unit} / {(e.Period == QuotaPeriod.Month ? "月 month" : "年 year")}".Replace("  ", " "),
        EntitlementKind.Rate => $"{e.Amount:N0} {e.Unit}",
        _ => $"{e.Amount:N0} {e.Unit}".Trim(),
    };
}
