using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.OpenTicket;

internal sealed class OpenTicketEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/tenant/support", "Support")
            .MapPost("/tickets", Open).RequirePermission(SupportPermissions.Tickets).WithName("OpenSupportTicket");

    internal static async Task<Created<TicketDto>> Open(OpenTicketRequest request, OpenTicket useCase, CancellationToken ct)
    {
        var ticket = await useCase.ExecuteAsync(request, ct);
        return TypedResults.Created($"/api/tenant/support/tickets/{ticket.Id}", ticket);
    }
}
