using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Domain.Templates;
using DingPlatform.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Notifications.Services;

/// <summary>The language to render for the caller: the first supported language of <c>Accept-Language</c> (by
/// quality), else the user's saved language, else zh-CN.</summary>
internal sealed class ReaderLanguage(IHttpContextAccessor http, PlatformDbContext db)
{
    public async Task<string> ResolveAsync(CancellationToken ct)
    {
        var context = http.HttpContext;
        if (context is null) return Languages.ZhCn;
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(v => v.Quality is null or > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => Languages.Match(v.Value.Value))
            .FirstOrDefault(l => l is not null);
        if (accepted is not null) return accepted;
        if (Guid.TryParse(context.User.FindFirst("sub")?.Value, out var userId))
        {
            var saved = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Language)
                .FirstOrDefaultAsync(ct);
            if (Languages.Match(saved) is { } l) return l;
        }
        return Languages.ZhCn;
    }
}
