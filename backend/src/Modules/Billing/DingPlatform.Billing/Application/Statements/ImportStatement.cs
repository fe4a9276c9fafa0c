using System.Text.RegularExpressions;
using DingPlatform.Billing.Contracts;
using DingPlatform.Billing.Domain;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Application.Statements;

/// <summary>Staff import the bank's statement; each credit line that names an open order's number and pays its
/// exact total confirms that order (the same use case as a transfer recorded by hand). The rest is listed for
/// manual handling. Every line is stored under its fingerprint, so a second import records nothing twice.</summary>
internal sealed partial class ImportStatement(PlatformDbContext db, IDataFilter filter, IOrderReader orders, IPaymentConfirmation confirmation,
    IAuditLog audit, TimeProvider clock)
{
    [GeneratedRegex(@"DP\d{10}", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    public async Task<ImportStatementResult> ExecuteAsync(ImportStatementRequest request, CancellationToken ct)
    {
        var parsed = CsvStatement.Parse(request.Csv);
        using var _ = filter.DisableMultiTenant();
        var known = (await db.Set<StatementLine>().AsNoTracking().Where(l => parsed.Select(p => p.Fingerprint).Contains(l.Fingerprint)).Select(l => l.Fingerprint).ToListAsync(ct)).ToHashSet();
        var details = new List<StatementLineDto>();
        int matched = 0, unmatched = 0, already = 0;
        foreach (var p in parsed)
        {
            if (known.Contains(p.Fingerprint)) { already++; continue; }
            var line = new StatementLine
            {
                Fingerprint = p.Fingerprint, FileName = request.FileName.Trim(), LineNumber = p.LineNumber, Date = p.Date, Amount = p.Amount, Memo = p.Memo,
                Payer = p.Payer, TransactionId = p.TransactionId, ImportedAt = clock.GetUtcNow(), Status = StatementLineStatus.Unmatched,
            };
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Set<StatementLine>().Add(line);
            await db.SaveChangesAsync(ct);
            var number = OrderNumber().Match(p.Memo) is { Success: true } m ? m.Value.ToUpperInvariant() : null;
            var order = number is null ? null : await orders.FindByNumberAsync(number, ct);
            line.OrderNumber = order?.Number ?? number;
            line.Note = number is null ? "No order number in the memo."
                : order is null ? $"No order {number}."
                : order.Status is not (OrderStatus.PendingPayment or OrderStatus.Overdue) ? $"Order {number} is {order.Status}."
                : order.Total != p.Amount ? $"Order {number} totals {order.Total:0.00}; the line pays {p.Amount:0.00}."
                : null;
            if (line.Note is null && order is not null)
            {
                try
                {
                    await confirmation.ConfirmAsync(new PaymentConfirmation(order.Id, PaymentMethod.BankTransfer, p.Amount, line.PaymentReference, p.Date), ct);
                    line.Status = StatementLineStatus.Matched;
                    line.OrderId = order.Id;
                }
                catch (BusinessException e)
                {
                    db.ChangeTracker.Clear();
                    db.Attach(line);
                    line.Note = e.Message;
                }
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            if (line.Status == StatementLineStatus.Matched) matched++; else unmatched++;
            details.Add(line.ToDto());
        }
        audit.Record(null, "Statement.Imported", $"{request.FileName}: {parsed.Count} credit lines, {matched} matched, {unmatched} unmatched, {already} already imported");
        await db.SaveChangesAsync(ct);
        return new ImportStatementResult(parsed.Count, matched, unmatched, already, details);
    }

    public async Task<IReadOnlyList<StatementLineDto>> LinesAsync(StatementLineStatus? status, CancellationToken ct)
    {
        var q = db.Set<StatementLine>().AsNoTracking();
        if (status is { } s) q = q.Where(l => l.Status == s);
        return (await q.Take(1000).ToListAsync(ct)).OrderByDescending(l => l.Date).ThenBy(l => l.LineNumber).Select(l => l.ToDto()).ToList();
    }

    /// <summary>Staff match an unmatched line to an order by hand; the payment is confirmed with the line's amount.</summary>
    public async Task<StatementLineDto> ResolveAsync(Guid lineId, Guid orderId, CancellationToken ct)
    {
        using var _ = filter.DisableMultiTenant();
        var line = await db.Set<StatementLine>().SingleOrDefaultAsync(l => l.Id == lineId, ct) ?? throw new EntityNotFoundException("StatementLine", lineId);
        if (line.Status != StatementLineStatus.Unmatched) throw new BusinessException(BillingErrors.LineResolved, "This line is already matched to an order.");
        var order = await orders.FindAsync(orderId, ct) ?? throw new EntityNotFoundException("Order", orderId);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await confirmation.ConfirmAsync(new PaymentConfirmation(order.Id, PaymentMethod.BankTransfer, line.Amount, line.PaymentReference, line.Date), ct);
        line.Status = StatementLineStatus.Resolved;
        line.OrderId = order.Id;
        line.OrderNumber = order.Number;
        line.Note = "Matched by hand.";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return line.ToDto();
    }
}
