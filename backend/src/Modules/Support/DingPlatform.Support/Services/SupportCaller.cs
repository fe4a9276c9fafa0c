using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Support.Services;

/// <summary>Who is writing on a ticket now: the signed-in user, with the name the thread keeps.</summary>
internal sealed class SupportCaller(IHttpContextAccessor http, PlatformDbContext db, IDataFilter filter)
{
    public async Task<TicketAuthor> AuthorAsync(CancellationToken ct)
    {
        var sub = http.HttpContext?.User.FindFirst("sub")?.Value;
        if (!Guid.TryParse(sub, out var userId))
            throw new BusinessException(SupportErrors.UserRequired, "Tickets are written by signed-in people, not API clients.", 403);
        using var _ = filter.DisableMultiTenant();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Name, u.Email }).SingleOrDefaultAsync(ct)
            ?? throw new BusinessException(SupportErrors.UserRequired, "Tickets are written by signed-in people, not API clients.", 403);
        var name = string.IsNullOrWhiteSpace(user.Name) ? user.Email ?? userId.ToString() : user.Name;
        return new TicketAuthor(userId, name.Length > TicketAuthor.NameLength ? name[..TicketAuthor.NameLength] : name);
    }
}
