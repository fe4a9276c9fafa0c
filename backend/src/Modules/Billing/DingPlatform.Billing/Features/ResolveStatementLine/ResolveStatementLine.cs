using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ResolveStatementLine;

/// <summary>Staff match an unmatched line to an order by hand; the payment is confirmed with the line's amount,
/// through the same use case as a transfer recorded by hand, in one transaction with the line.</summary>
internal sealed class ResolveStatementLine(PlatformDbContext db, IDataFilter filter, IOrderReader orders, IPaymentConfirmation confirmation)
{
    public async Task<StatementLineDto> ExecuteAsync(Guid lineId, Guid orderId, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var line = await db.Set<StatementLine>().SingleOrDefaultAsync(l => l.Id == lineId, ct)
            ?? throw new EntityNotFoundException("StatementLine", lineId);
        if (line.Status != StatementLineStatus.Unmatched) throw new BusinessException(BillingErrors.LineResolved,
            "This line is already matched to an order.");
        var order = await orders.FindAsync(orderId, ct) ?? throw new EntityNotFoundException("Order", orderId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await confirmation.ConfirmAsync(
            new PaymentConfirmation(order.Id, PaymentMethod.BankTransfer, line.Amount, line.PaymentReference, line.Date), ct);
        line.Status = StatementLineStatus.Resolved;
        line.OrderId = order.Id;
        line.OrderNumber = order.Number;
        line.Note = "Matched by hand.";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return line.ToDto();
    }
}
