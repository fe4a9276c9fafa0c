using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Domain;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Features.ListMailLog;

/// <summary>The console's mail log across tenants, newest first, a page at a time.</summary>
internal sealed class ListMailLog(PlatformDbContext db)
{
    public async Task<PageDto<MailLogDto>> ExecuteAsync(int? page, int? size, CancellationToken ct)
    {
        var (p, s) = Paging.Check(page, size);
        var q = db.Set<MailLog>().AsNoTracking();
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new PageDto<MailLogDto>(
            items.Select(m => new MailLogDto(m.Id, m.DeliveryId, m.TenantId, m.EventType, m.To, m.Subject, m.Text,
            m.Language, m.Kind, m.Status.ToString(), m.Error, m.At)).ToList(), total, p, s);
    }
}

/// <summary>Page (from 1) and size (1–200, default 50) of the console's lists.</summary>
internal static class Paging
{
    public static (int Page, int Size) Check(int? page, int? size)
    {
        var p = page ?? 1;
        var s = size ?? 50;
        if (p < 1 || p > 100_000) throw new InputException("page", "The page starts at 1 (and is at most 100000).");
        if (s is < 1 or > 200) throw new InputException("size", "The page size is from 1 to 200.");
        return (p, s);
    }
}
