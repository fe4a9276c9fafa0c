using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ManageSettings;

/// <summary>The lifecycle settings (days an overdue order stays payable); promotions staff edit them.</summary>
internal sealed class ManageSettingsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.MapApiGroup("/api/host/subscription-settings", "Subscriptions (provider)");
        settings.MapGet("/", Get).RequirePermission(P.PromotionsManage).WithName("GetSubscriptionSettings");
        settings.MapPut("/", Update).RequirePermission(P.PromotionsManage).WithName("UpdateSubscriptionSettings");
    }

    private static Task<SubscriptionSettingsDto> Get(ManageSettings uc, CancellationToken ct) => uc.GetAsync(ct);

    private static Task<SubscriptionSettingsDto> Update(SubscriptionSettingsDto input, ManageSettings uc, CancellationToken ct)
        => uc.UpdateAsync(input, ct);
}
