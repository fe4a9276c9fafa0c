using System.Text.Json;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Persistence;
using DingPlatform.Calendar.Contracts;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Subscriptions.Contracts;
using DingPlatform.Tenants.Contracts;

namespace DingPlatform.Billing.Features.CreateInvoiceOnPayment;

/// <summary>After payment the provider owes a 6% VAT invoice within 5 working days of the payment date (§2.2).
/// Runs inside the payment's transaction, so the invoice and its gap-free number exist exactly when the
/// payment does. A special invoice needs a general taxpayer; the buyer is the tenant's invoice profile now.
/// Registered in <c>BillingModule.ConfigureServices</c>: the event publisher finds handlers in the container.</summary>
internal sealed class CreateInvoiceOnPayment(PlatformDbContext db, Sequences sequences, ITenantsFacade tenants,
    IWorkingDayCalendar calendar, TimeProvider clock)
    : IIntegrationEventHandler<OrderPaid>
{
    public async Task HandleAsync(OrderPaid paid, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(paid.TenantId, ct);
        var profile = tenant?.Verification;
        var kind = profile?.TaxpayerType == TaxpayerType.General ? InvoiceKind.Special : InvoiceKind.Ordinary;
        var buyer = profile is null
            ? new Buyer { Name = tenant?.Name ?? paid.TenantName }
            : new Buyer {
                Name = profile.InvoiceProfile.Name,
                TaxpayerId = profile.InvoiceProfile.TaxpayerId,
                Address = profile.InvoiceProfile.Address,
                Phone = profile.InvoiceProfile.Phone,
                Bank = profile.InvoiceProfile.Bank,
                Account = profile.InvoiceProfile.Account,
            };
        var deadline = await calendar.AddWorkingDaysAsync(paid.PaidOn, InvoiceDeadline.WorkingDays, ct);
        var number = await InvoiceNumbers.NextAsync(sequences, paid.PaidOn.Year, ct);
        db.Set<Invoice>()
            .Add(Invoice.ForPayment(paid.TenantId, paid.TenantName, number, paid.OrderId, paid.OrderNumber, kind, buyer, paid.Total,
            JsonSerializer.Serialize(paid.Lines), paid.PaidOn, deadline, clock.GetUtcNow()));
    }
}
