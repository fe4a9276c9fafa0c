using System.Text.RegularExpressions;
using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ImportBankStatement;

/// <summary>Staff import the bank's statement; each credit line that names an open order's number and pays its
/// exact total confirms that order (the same use case as a transfer recorded by hand). The rest is listed for
/// manual handling. Every line is stored under its fingerprint, so a second import records nothing twice.</summary>
internal sealed partial class ImportBankStatement(PlatformDbContext db, IDataFilter filter, IOrderReader orders,
    IPaymentConfirmation confirmation,
    IAuditLog audit, TimeProvider clock)
{
    [GeneratedRegex(@"DP\d{10}", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    public async Task<ImportStatementResult> ExecuteAsync(ImportStatementRequest request, CancellationToken ct)
    {
        var parsed = CsvStatement.Parse(request.Csv);
        using var _ = filter.DisableMultiTenant();
        var known = (await db.Set<StatementLine>().AsNoTracking().Where(l => parsed.Select(p => p.Fingerprint).Contains(l.Fingerprint))
            .Select(l => l.Fingerprint).ToListAsync(ct)).ToHashSet();
        var details = new List<StatementLineDto>();
        int matched = 0, unmatched = 0, already = 0;
        foreach (var p in parsed)
        {
            if (known.Contains(p.Fingerprint)) { already++; continue; }
            var line = new StatementLine {
                Fingerprint = p.Fingerprint,
                FileName = request.FileName.Trim(),
                LineNumber = p.LineNumber,
                Date = p.Date,
                Amount = p.Amount,
                Memo = p.Memo,
                Payer = p.Payer,
                TransactionId = p.TransactionId,
                ImportedAt = clock.GetUtcNow(),
                Status = StatementLineStatus.Unmatched,
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
                    await confirmation.ConfirmAsync(
                        new PaymentConfirmation(order.Id, PaymentMethod.BankTransfer, p.Amount, line.PaymentReference, p.Date), ct);
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
        audit.Record(null, "Statement.Imported",
            $"{request.FileName}: {parsed.Count} credit lines, {matched} matched, {unmatched} unmatched, {already} already imported");
        await db.SaveChangesAsync(ct);
        return new ImportStatementResult(parsed.Count, matched, unmatched, already, details);
    }
}
