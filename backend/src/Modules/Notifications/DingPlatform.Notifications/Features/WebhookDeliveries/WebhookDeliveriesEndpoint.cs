using DingPlatform.Notifications.Contracts.Dtos;
using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Notifications.Contracts.NotificationsPermissions;

namespace DingPlatform.Notifications.Features.WebhookDeliveries;

internal sealed class WebhookDeliveriesEndpoint : IEndpointFeature
{
    // {deliveryId} has no route constraint: any text reaches the handler, which answers 404 for an id that is not
    // this endpoint's delivery (after checking the endpoint is the caller's).
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapApiGroup("/api/tenant/webhooks", "Notifications");
        g.MapGet("/{id:guid}/deliveries", List).RequirePermission(P.Webhooks).TenantResource("webhook").WithName("ListWebhookDeliveries");
        g.MapPost("/{id:guid}/deliveries/{deliveryId}/resend", Resend).RequirePermission(P.Webhooks).TenantResource("webhook")
            .WithName("ResendWebhookDelivery");
    }

    private static Task<WebhookDeliveryPageDto> List(Guid id, int? page, int? size, WebhookDeliveries uc, CancellationToken ct) =>
        uc.ListAsync(id, page, size, ct);

    private static Task<WebhookDeliveryDto> Resend(Guid id, string deliveryId, WebhookDeliveries uc, CancellationToken ct) =>
        uc.ResendAsync(id, deliveryId, ct);
}
