using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ManagePromotions;

internal sealed class ManagePromotionsEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var promotions = endpoints.MapApiGroup("/api/host/promotions", "Promotions (provider)");
        promotions.MapGet("/", List).RequirePermission(P.PromotionsManage).WithName("GetPromotions");
        promotions.MapPost("/", Create).RequirePermission(P.PromotionsManage).WithName("CreatePromotion");
        promotions.MapPut("/{id:guid}", Update).RequirePermission(P.PromotionsManage).WithName("UpdatePromotion");
        promotions.MapDelete("/{id:guid}", Delete).RequirePermission(P.PromotionsManage).WithName("DeletePromotion");
    }

    private static Task<IReadOnlyList<PromotionDto>> List(ManagePromotions uc, CancellationToken ct) => uc.ListAsync(ct);

    private static async Task<Created<PromotionDto>> Create(PromotionInput input, ManagePromotions uc, CancellationToken ct) =>
        TypedResults.Created("/api/host/promotions", await uc.CreateAsync(input, ct));

    private static Task<PromotionDto> Update(Guid id, PromotionInput input, ManagePromotions uc, CancellationToken ct)
        => uc.UpdateAsync(id, input, ct);

    private static async Task<NoContent> Delete(Guid id, ManagePromotions uc, CancellationToken ct)
    {
        await uc.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }
}
