using System.Security.Claims;
using DingPlatform.Platform.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Platform.Auditing;

public interface IAuditLog
{
    /// <summary>Adds an entry to the unit of work; it is saved with the change it describes.</summary>
    void Record(Guid? tenantId, string action, string? detail = null);
    Task<IReadOnlyList<AuditEntry>> ForTenantAsync(Guid tenantId, CancellationToken ct);
}

public sealed class AuditLog(PlatformDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public void Record(Guid? tenantId, string action, string? detail = null)
    {
        var user = http.HttpContext?.User;
        var id = user?.FindFirst("sub")?.Value;
        db.Set<AuditEntry>().Add(new AuditEntry {
            TenantId = tenantId,
            At = clock.GetUtcNow(),
            ActorId = Guid.TryParse(id, out var g) ? g : null,
            Actor = user?.FindFirst("email")?.Value ?? user?.FindFirst(ClaimTypes.Name)?.Value ?? "system",
            Action = action,
            Detail = detail,
        });
    }

    public async Task<IReadOnlyList<AuditEntry>> ForTenantAsync(Guid tenantId, CancellationToken ct) =>
        (await db.Set<AuditEntry>().Where(a => a.TenantId == tenantId).ToListAsync(ct))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToList();
}
