using DingPlatform.Platform.Data;
using DingPlatform.Tenants.Contracts;
using DingPlatform.Tenants.Domain;
using Microsoft.EntityFrameworkCore;

namespace DingPlatform.Tenants.Features.GetTenants;

internal sealed record TenantFilter(TenantStatus? Status, VerificationStatus? VerificationStatus, string? Search);

/// <summary>The provider console's tenant list and verification queue: filtered by status, searched by
/// name, legal name or credit code, newest first, at most 500.</summary>
internal sealed class GetTenants(PlatformDbContext db)
{
    public async Task<IReadOnlyList<TenantDto>> ExecuteAsync(TenantFilter filter, CancellationToken ct)
    {
        var q = db.Set<Tenant>().AsNoTracking();
        if (filter.Status is { } s) q = q.Where(t => t.Status == s);
        if (filter.VerificationStatus is { } v) q = q.Where(t => t.VerificationStatus == v);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            q = q.Where(t => t.Name.Contains(term)
                || (t.Verification != null && (t.Verification.LegalName.Contains(term) || t.Verification.CreditCode.Contains(term))));
        }
        var list = await q.Take(500).ToListAsync(ct);
        return list.OrderByDescending(t => t.CreatedAt).Select(t => t.ToDto()).ToList();
    }
}
