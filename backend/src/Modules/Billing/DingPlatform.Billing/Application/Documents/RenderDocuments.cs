using System.Text.Json;
using DingPlatform.Billing.Application.Invoices;
using DingPlatform.Billing.Contracts;
using DingPlatform.Documents;
using DingPlatform.Platform;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Plans.Contracts;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Tenants.Contracts;
using Microsoft.Extensions.Options;

namespace DingPlatform.Billing.Application.Documents;

/// <summary>The order as the agreement (parties, product, price and discounts, payment terms with the provider's
/// bank account, the entitlement appendix) and the invoice, as PDF files a tenant can keep.</summary>
internal sealed class RenderDocuments(IOrderReader orders, QueryInvoices invoices, ITenantsFacade tenants, IPlanCatalog plans,
    IDocumentRenderer renderer, IOptions<ProviderProfile> providerOptions, IDataFilter filter)
{
    private ProviderProfile Provider => providerOptions.Value;

    public async Task<(byte[] Pdf, string FileName)> AgreementAsync(Guid orderId, bool anyTenant, CancellationToken ct)
    {
        using var _ = anyTenant ? filter.DisableMultiTenant() : null;
        var order = await orders.FindAsync(orderId, ct) ?? throw new EntityNotFoundException("Order", orderId);
        var tenant = await tenants.FindAsync(order.TenantId, ct);
        var appendix = order.PlanCode is { } code && order.PlanVersion is { } version
            ? (await plans.EntitlementsAsync(code, version, ct)).Select(e => new AppendixRow(e.Key, Describe(e), e.Note)).ToList()
            : [];
        var document = new AgreementDocument(order.Number, Platform.Timing.BusinessTime.DateOf(order.SignedAt), TenantParty(tenant, order.TenantName), ProviderParty(),
            order.Lines.Select(l => new DocumentLine(l.Name, l.Quantity, l.UnitPrice, l.Amount)).ToList(), order.ListTotal,
            order.Discounts.Where(d => d.Amount != 0).Select(d => new DocumentDiscount(d.Description, d.Amount)).ToList(), order.Total, order.BonusMonths,
            order.DueDate, new Party(Provider.BankAccountName, null, null, null, null, Provider.BankName, Provider.BankAccount), appendix, order.Status.ToString());
        return (renderer.RenderAgreement(document), $"agreement-{order.Number}.pdf");
    }

    public async Task<(byte[] Pdf, string FileName)> InvoiceAsync(Guid invoiceId, bool anyTenant, CancellationToken ct)
    {
        var invoice = anyTenant ? await invoices.GetAnyAsync(invoiceId, ct) : await invoices.GetAsync(invoiceId, ct);
        var lines = JsonSerializer.Deserialize<List<LineDto>>(invoice.LinesJson, JsonSerializerOptions.Web) ?? [];
        var b = invoice.Buyer;
        var document = new InvoiceDocument(invoice.Number, invoice.Kind.ToString(), invoice.IsRedLetter, invoice.IssuedOn, invoice.TaxBureauNumber,
            new Party(b.Name, b.Address, null, b.Phone, b.TaxpayerId, b.Bank, b.Account), ProviderParty(),
            lines.Select(l => new DocumentLine(l.Name, l.Quantity, l.UnitPrice, l.Amount)).ToList(),
            invoice.Net, invoice.Tax, invoice.Total, Vat.StandardRatePercent, invoice.OrderNumber, invoice.PaymentDate, invoice.Deadline, invoice.PenaltyAccrued,
            invoice.Status.ToString());
        return (renderer.RenderInvoice(document), $"invoice-{invoice.Number}.pdf");
    }

    private Party ProviderParty() => new(Provider.Name, Provider.Address, Provider.Contact, Provider.Phone, null, Provider.BankName, Provider.BankAccount);

    private static Party TenantParty(TenantDto? tenant, string fallbackName)
    {
        var p = tenant?.Verification?.InvoiceProfile;
        return new Party(tenant?.Verification?.LegalName ?? tenant?.Name ?? fallbackName, p?.Address, null, p?.Phone, tenant?.Verification?.CreditCode, p?.Bank, p?.Account);
    }

    /// <summary>An entitlement as the appendix prints it: "开通 On", "2000 members", "1000 messages / year".</summary>
    internal static string Describe(EntitlementDto e) => e.Kind switch
    {
        EntitlementKind.Switch => e.Enabled == true ? "开通 On" : "未开通 Off",
        EntitlementKind.Quota => $"{e.Amount:N0} {e.Unit} / {(e.Period == QuotaPeriod.Month ? "月 month" : "年 year")}".Replace("  ", " "),
        EntitlementKind.Rate => $"{e.Amount:N0} {e.Unit}",
        _ => $"{e.Amount:N0} {e.Unit}".Trim(),
    };
}
