using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Persistence;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Events;
using DingPlatform.Platform.Timing;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ReverseOnRefund;

/// <summary>A provider-fault refund (§3.3): card money goes back through Stripe (bank transfers are paid back
/// by hand and only recorded), and the invoice is reversed — with a red-letter invoice when it was issued,
/// or simply cancelled when it was not. Runs in the refund's transaction; registered in
/// <c>BillingModule.ConfigureServices</c>.</summary>
internal sealed class ReverseOnRefund(PlatformDbContext db, Sequences sequences, IPaymentGateway gateway, TimeProvider clock)
    : IIntegrationEventHandler<OrderRefunded>
{
    public async Task HandleAsync(OrderRefunded refunded, CancellationToken ct)
    {
        if (refunded.Method == PaymentMethod.Card)
            await gateway.RefundAsync(refunded.PaymentReference, refunded.Total, ct);
        var invoice = await db.Set<Invoice>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(i => i.OrderId == refunded.OrderId && !i.IsRedLetter && i.Status != InvoiceStatus.Cancelled, ct);
        if (invoice is null) return;
        if (invoice.Status == InvoiceStatus.Pending)
        {
            invoice.Cancel();
            return;
        }
        var now = clock.GetUtcNow();
        var today = BusinessTime.DateOf(now);
        db.Set<Invoice>().Add(invoice.RedLetter(await InvoiceNumbers.NextAsync(sequences, today.Year, ct), today, now));
    }
}
