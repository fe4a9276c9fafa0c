using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Support.Contracts;
using DingPlatform.Support.Contracts.Dtos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DingPlatform.Support.Features.SupportQueue;

internal sealed class SupportQueueEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var host = endpoints.MapApiGroup("/api/host/support", "Support (provider)");
        host.MapGet("/tickets", Queue).RequirePermission(SupportPermissions.Queue).WithName("GetSupportQueue");
        host.MapGet("/tickets/{id:guid}", Get).RequirePermission(SupportPermissions.Queue).WithName("GetHostSupportTicket");
        host.MapPost("/tickets/{id:guid}/messages", PostMessage).RequirePermission(SupportPermissions.Queue)
            .WithName("PostStaffSupportMessage");
        host.MapPost("/tickets/{id:guid}/status", SetStatus).RequirePermission(SupportPermissions.Queue).WithName("SetSupportTicketStatus");
        host.MapPost("/tickets/assign", Assign).RequirePermission(SupportPermissions.Queue).WithName("AssignSupportTickets");
    }

    internal static Task<IReadOnlyList<QueueItemDto>> Queue(TicketStatus? status, Guid? assigneeId, Guid? tenantId, SupportQueue useCase,
        CancellationToken ct) =>
        useCase.QueueAsync(status, assigneeId, tenantId, ct);

    internal static Task<HostTicketDto> Get(Guid id, SupportQueue useCase, CancellationToken ct) => useCase.GetAsync(id, ct);

    internal static Task<HostTicketDto> PostMessage(Guid id, StaffMessageRequest request, SupportQueue useCase, CancellationToken ct) =>
        useCase.PostMessageAsync(id, request, ct);

    internal static Task<HostTicketDto> SetStatus(Guid id, SetTicketStatusRequest request, SupportQueue useCase, CancellationToken ct) =>
        useCase.SetStatusAsync(id, request, ct);

    internal static Task<AssignTicketsResultDto> Assign(AssignTicketsRequest request, SupportQueue useCase, CancellationToken ct) =>
        useCase.AssignAsync(request, ct);
}

