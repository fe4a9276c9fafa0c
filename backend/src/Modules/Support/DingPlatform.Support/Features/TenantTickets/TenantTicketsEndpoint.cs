using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.TenantTickets;

internal sealed class TenantTicketsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapApiGroup("/api/tenant/support", "Support");
        tenant.MapGet("/tickets", List).RequirePermission(SupportPermissions.Tickets).WithName("GetSupportTickets");
        tenant.MapGet("/tickets/{id:guid}", Get).RequirePermission(SupportPermissions.Tickets).TenantResource("ticket")
            .WithName("GetSupportTicket");
        // The body is optional to the binder so another tenant's id answers 404 before the body is looked at;
        // the use case still requires it.
        tenant.MapPost("/tickets/{id:guid}/messages", Reply).RequirePermission(SupportPermissions.Tickets).TenantResource("ticket")
            .WithName("ReplyToSupportTicket");
        tenant.MapPost("/tickets/{id:guid}/close", Close).RequirePermission(SupportPermissions.Tickets).TenantResource("ticket")
            .WithName("CloseSupportTicket");
        tenant.MapPost("/tickets/{id:guid}/reopen", Reopen).RequirePermission(SupportPermissions.Tickets).TenantResource("ticket")
            .WithName("ReopenSupportTicket");
    }

    internal static Task<IReadOnlyList<TicketSummaryDto>> List(TenantTickets useCase, CancellationToken ct) => useCase.ListAsync(ct);

    internal static Task<TicketDto> Get(Guid id, TenantTickets useCase, CancellationToken ct) => useCase.GetAsync(id, ct);

    internal static Task<TicketDto> Reply(Guid id, TenantReplyRequest? request, TenantTickets useCase, CancellationToken ct)
        => useCase.ReplyAsync(id, request, ct);

    internal static Task<TicketDto> Close(Guid id, TenantTickets useCase, CancellationToken ct) => useCase.CloseAsync(id, ct);

    internal static Task<TicketDto> Reopen(Guid id, TenantTickets useCase, CancellationToken ct) => useCase.ReopenAsync(id, ct);
}
