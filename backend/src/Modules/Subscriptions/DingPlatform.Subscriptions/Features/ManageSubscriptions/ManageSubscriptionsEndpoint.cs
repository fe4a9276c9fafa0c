using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ManageSubscriptions;

/// <summary>§3.6: suspend, reinstate or terminate a subscription after a revoked verification.</summary>
internal sealed class ManageSubscriptionsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var subs = endpoints.MapApiGroup("/api/host/subscriptions", "Subscriptions (provider)");
        subs.MapPost("/{id:guid}/suspend", Suspend).RequirePermission(P.SubscriptionsManage).WithName("SuspendSubscription");
        subs.MapPost("/{id:guid}/reinstate", Reinstate).RequirePermission(P.SubscriptionsManage).WithName("ReinstateSubscription");
        subs.MapPost("/{id:guid}/terminate", Terminate).RequirePermission(P.SubscriptionsManage).WithName("TerminateSubscription");
    }

    private static Task<SubscriptionDto> Suspend(Guid id, ReasonInput r, ManageSubscriptions uc, CancellationToken ct)
        => uc.SuspendAsync(id, r.Reason, ct);

    private static Task<SubscriptionDto> Reinstate(Guid id, ManageSubscriptions uc, CancellationToken ct) => uc.ReinstateAsync(id, ct);

    private static Task<SubscriptionDto> Terminate(Guid id, ReasonInput r, ManageSubscriptions uc, CancellationToken ct)
        => uc.TerminateAsync(id, r.Reason, ct);
}
