using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications.Features.ManageWebhooks;

internal sealed class ManageWebhooksEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapApiGroup("/api/tenant/webhooks", "Notifications");
        g.MapGet("", List).RequirePermission(P.Webhooks).WithName("ListWebhooks");
        g.MapGet("/event-types", EventTypes).RequirePermission(P.Webhooks).WithName("ListWebhookEventTypes");
        g.MapPost("", Create).RequirePermission(P.Webhooks).Produces<WebhookCreatedDto>(201).WithName("CreateWebhook");
        g.MapPut("/{id:guid}", Update).RequirePermission(P.Webhooks).TenantResource("webhook").WithName("UpdateWebhook");
        g.MapDelete("/{id:guid}", Delete).RequirePermission(P.Webhooks).TenantResource("webhook").Produces(204).WithName("DeleteWebhook");
        g.MapPost("/{id:guid}/rotate-secret", Rotate).RequirePermission(P.Webhooks).TenantResource("webhook")
            .WithName("RotateWebhookSecret");
    }

    private static Task<IReadOnlyList<WebhookEndpointDto>> List(ManageWebhooks uc, CancellationToken ct) => uc.ListAsync(ct);

    private static IReadOnlyList<WebhookEventTypeDto> EventTypes() => ManageWebhooks.EventTypes();

    private static async Task<IResult> Create(CreateWebhookRequest request, ManageWebhooks uc, CancellationToken ct)
    {
        var created = await uc.CreateAsync(request, ct);
        return Results.Created($"/api/tenant/webhooks/{created.Id}", created);
    }

    private static Task<WebhookEndpointDto> Update(Guid id, [FromBody] UpdateWebhookRequest? request, ManageWebhooks uc,
        CancellationToken ct) =>
        uc.UpdateAsync(id, request, ct);

    private static async Task<IResult> Delete(Guid id, ManageWebhooks uc, CancellationToken ct)
    {
        await uc.DeleteAsync(id, ct);
        return Results.NoContent();
    }

    private static Task<WebhookSecretDto> Rotate(Guid id, ManageWebhooks uc, CancellationToken ct) => uc.RotateSecretAsync(id, ct);
}
