using DingPlatform.Notifications.Contracts;
using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Notifications.Domain;
using DingPlatform.Notifications.Services;
using DingPlatform.Platform.Auditing;
using DingPlatform.Platform.Data;
using DingPlatform.Platform.Errors;
using DingPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace DingPlatform.Notifications.Features.ManageWebhooks;

/// <summary>A tenant admin's webhook endpoints: register (the secret is shown once), change, delete, rotate the
/// secret (the old one keeps signing for 24 h). At most <see cref="WebhookEndpoint.MaxPerTenant"/> per tenant.</summary>
internal sealed class ManageWebhooks(PlatformDbContext db, ICurrentTenant tenant, WebhookSecrets secrets, IAuditLog audit,
    TimeProvider clock, IConfiguration configuration)
{
    private bool AllowLoopback => WebhookHttp.AllowLoopback(configuration);

    public async Task<IReadOnlyList<WebhookEndpointDto>> ListAsync(CancellationToken ct) =>
        (await db.Set<WebhookEndpoint>().AsNoTracking().ToListAsync(ct)).OrderBy(e => e.CreatedAt).Select(ToDto).ToList();

    public static IReadOnlyList<WebhookEventTypeDto> EventTypes() =>
        WebhookEventTypes.All.Select(
            k => new WebhookEventTypeDto(k.Type, new Dictionary<string, string> { ["zh-CN"] = k.ZhCn, ["en-US"] = k.EnUs })).ToList();

    public async Task<WebhookCreatedDto> CreateAsync(CreateWebhookRequest request, CancellationToken ct)
    {
        tenant.RequireId();
        var url = WebhookUrlRule.Check(request.Url, AllowLoopback);
        var types = WebhookEventTypes.Validate(request.EventTypes);
        if (await db.Set<WebhookEndpoint>().CountAsync(ct) >= WebhookEndpoint.MaxPerTenant)
            throw new BusinessException(NotificationsErrors.WebhookLimitReached,
                $"A tenant can register at most {WebhookEndpoint.MaxPerTenant} webhook endpoints.")
                .WithDetail("limit", WebhookEndpoint.MaxPerTenant);
        var secret = WebhookSignature.NewSecret();
        var endpoint = WebhookEndpoint.Create(url, request.Description, types, secrets.Protect(secret), clock.GetUtcNow());
        db.Set<WebhookEndpoint>().Add(endpoint);
        audit.Record(tenant.Id, "Webhook.Created", $"{endpoint.Id} {url}");
        await db.SaveChangesAsync(ct);
        return new WebhookCreatedDto(endpoint.Id, endpoint.Url, endpoint.Description, endpoint.EventTypes, endpoint.Enabled,
            endpoint.CreatedAt, secret);
    }

    public async Task<WebhookEndpointDto> UpdateAsync(Guid id, UpdateWebhookRequest? request, CancellationToken ct)
    {
        var endpoint = await FindAsync(id, ct);
        // The body is optional in the route's signature so that a foreign id answers 404 before the body is read.
        if (request is null) throw new InputException("body", "A body with url, description, eventTypes and enabled is required.");
        var url = WebhookUrlRule.Check(request.Url, AllowLoopback);
        endpoint.Change(url, request.Description, WebhookEventTypes.Validate(request.EventTypes), request.Enabled);
        audit.Record(tenant.Id, "Webhook.Updated", $"{endpoint.Id} {url} enabled={endpoint.Enabled}");
        await db.SaveChangesAsync(ct);
        return ToDto(endpoint);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var endpoint = await FindAsync(id, ct);
        db.Set<WebhookEndpoint>().Remove(endpoint);
        audit.Record(tenant.Id, "Webhook.Deleted", $"{endpoint.Id} {endpoint.Url}");
        await db.SaveChangesAsync(ct);
    }

    public async Task<WebhookSecretDto> RotateSecretAsync(Guid id, CancellationToken ct)
    {
        var endpoint = await FindAsync(id, ct);
        var secret = WebhookSignature.NewSecret();
        endpoint.Rotate(secrets.Protect(secret), clock.GetUtcNow());
        audit.Record(tenant.Id, "Webhook.SecretRotated", endpoint.Id.ToString());
        await db.SaveChangesAsync(ct);
        return new WebhookSecretDto(endpoint.Id, secret, endpoint.RotatedAt!.Value, endpoint.PreviousExpiresAt!.Value);
    }

    /// <summary>The current tenant's endpoint (the query filter hides every other tenant's: 404).</summary>
    internal async Task<WebhookEndpoint> FindAsync(Guid id, CancellationToken ct)
    {
        tenant.RequireId();
        return await db.Set<WebhookEndpoint>().SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new EntityNotFoundException("Webhook", id);
    }

    internal static WebhookEndpointDto ToDto(WebhookEndpoint e) =>
        new(e.Id, e.Url, e.Description, e.EventTypes, e.Enabled, e.CreatedAt, e.RotatedAt, e.PreviousExpiresAt);
}
