using DingPlatform.Billing.Contracts.Dtos;
using DingPlatform.Billing.Domain;
using DingPlatform.Billing.Services;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Billing.Features.ListStatementLines;

/// <summary>Imported statement lines for staff, newest first; the unmatched ones are the work to do by hand.</summary>
internal sealed class ListStatementLines(PlatformDbContext db)
{
    public async Task<IReadOnlyList<StatementLineDto>> LinesAsync(StatementLineStatus? status, CancellationToken ct)
    {
        // Statement lines belong to no tenant, so no tenant filter applies here.
        var q = db.Set<StatementLine>().AsNoTracking();
        if (status is { } s) q = q.Where(l => l.Status == s);
        return (await q.Take(1000).ToListAsync(ct)).OrderByDescending(l => l.Date).ThenBy(l => l.LineNumber)
            .Select(l => l.ToDto()).ToList();
    }
}
