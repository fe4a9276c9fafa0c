using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Notifications.Services;
using DingPlatform.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Features.ListNotifications;

/// <summary>The tenant's latest 100 notifications, newest first; templated ones rendered in the reader's language
/// (<see cref="ReaderLanguage"/>), older rows as stored.</summary>
internal sealed class ListNotifications(PlatformDbContext db, ReaderLanguage reader)
{
    public async Task<IReadOnlyList<NotificationDto>> ExecuteAsync(CancellationToken ct)
    {
        var language = await reader.ResolveAsync(ct);
        return (await db.Set<Notification>().AsNoTracking().ToListAsync(ct))
            .OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => ToDto(n, language)).ToList();
    }

    private static NotificationDto ToDto(Notification n, string language)
    {
        if (TemplateRegistry.Find(n.TemplateKey) is not { } template || n.Parameters is null)
            return new NotificationDto(n.Id, n.Kind, n.Title, n.Body, n.CreatedAt, n.QuoteId);
        var text = TemplateRenderer.Render(template, language, n.Parameters);
        return new NotificationDto(n.Id, n.Kind, text.Subject, text.Body, n.CreatedAt, n.QuoteId);
    }
}
