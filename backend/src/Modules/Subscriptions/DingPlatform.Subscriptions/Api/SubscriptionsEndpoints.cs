using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Subscriptions.Application.ManageSubscriptions;
using DingPlatform.Subscriptions.Application.Notifications;
using DingPlatform.Subscriptions.Application.Orders;
using DingPlatform.Subscriptions.Application.Promotions;
using DingPlatform.Subscriptions.Application.Quotes;
using DingPlatform.Subscriptions.Application.Refunds;
using DingPlatform.Subscriptions.Application.Usage;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Api;

internal static class SubscriptionsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var tenant = endpoints.MapApiGroup("/api/tenant", "Subscriptions");
        tenant.MapPost("/quotes", async (CreateQuoteRequest request, CreateQuote uc, CancellationToken ct) =>
            TypedResults.Created("/api/tenant/quotes", await uc.ExecuteAsync(request, ct))).RequirePermission(P.Order).WithName("CreateQuote");
        tenant.MapGet("/quotes/{id:guid}", (Guid id, QueryOrders q, CancellationToken ct) => q.QuoteAsync(id, ct))
            .RequirePermission(P.View).TenantResource("quote").WithName("GetQuote");
        tenant.MapPost("/quotes/{id:guid}/accept", async (Guid id, AcceptQuote uc, CancellationToken ct) =>
            TypedResults.Created("/api/tenant/orders", await uc.ExecuteAsync(id, ct))).RequirePermission(P.Order).TenantResource("quote").WithName("AcceptQuote");
        tenant.MapGet("/orders", (QueryOrders q, CancellationToken ct) => q.ListAsync(null, ct)).RequirePermission(P.View).WithName("GetOrders");
        tenant.MapGet("/orders/{id:guid}", (Guid id, QueryOrders q, CancellationToken ct) => q.GetAsync(id, ct))
            .RequirePermission(P.View).TenantResource("order").WithName("GetOrder");
        tenant.MapGet("/subscription", (QueryOrders q, CancellationToken ct) => q.TenantViewAsync(ct)).RequirePermission(P.View).WithName("GetTenantSubscription");
        tenant.MapPost("/subscription/renewal-quote", async (CreateQuote uc, CancellationToken ct) =>
                TypedResults.Created("/api/tenant/quotes", await uc.ExecuteAsync(new CreateQuoteRequest(Plans.Contracts.PlanCodes.Professional, null, null), ct)))
            .RequirePermission(P.Order).WithName("CreateRenewalQuote");
        tenant.MapGet("/usage", (GetUsage q, CancellationToken ct) => q.ExecuteAsync(ct)).RequirePermission(P.UsageView).WithName("GetUsage");
        tenant.MapPost("/usage", async (RecordUsageRequest request, RecordUsage uc, CancellationToken ct) =>
        {
            var (result, created) = await uc.ExecuteAsync(request, ct);
            return created ? Results.Created("/api/tenant/usage", result) : Results.Ok(result);
        }).RequirePermission(P.UsageRecord).Produces<UsageRecordedDto>(201).WithName("RecordUsage");
        tenant.MapGet("/notifications", (ListNotifications q, CancellationToken ct) => q.ExecuteAsync(ct)).RequirePermission(P.View).WithName("GetNotifications");

        var orders = endpoints.MapApiGroup("/api/host/orders", "Orders (provider)");
        orders.MapGet("/", (OrderStatus? status, QueryOrders q, CancellationToken ct) => q.ListAllAsync(status, ct)).RequirePermission(P.OrdersView).WithName("GetHostOrders");
        orders.MapGet("/{id:guid}", (Guid id, QueryOrders q, CancellationToken ct) => q.GetAnyAsync(id, ct)).RequirePermission(P.OrdersView).WithName("GetHostOrder");
        orders.MapPost("/{id:guid}/payments", (Guid id, RecordBankTransferRequest request, IPaymentConfirmation uc, CancellationToken ct) =>
                uc.ConfirmAsync(new PaymentConfirmation(id, PaymentMethod.BankTransfer, request.Amount, request.Reference, request.PaidOn!.Value), ct))
            .RequirePermission(P.OrdersManage).WithName("RecordBankTransfer");
        orders.MapPost("/{id:guid}/refund", (Guid id, RefundRequest request, RefundOrder uc, CancellationToken ct) => uc.ExecuteAsync(id, request, ct))
            .RequirePermission(P.Refunds).WithName("RefundOrder");

        endpoints.MapApiGroup("/api/host/payments", "Orders (provider)")
            .MapGet("/", (QueryOrders q, CancellationToken ct) => q.PaymentsAsync(ct)).RequirePermission(P.OrdersView).WithName("GetHostPayments");

        var subs = endpoints.MapApiGroup("/api/host/subscriptions", "Subscriptions (provider)");
        subs.MapGet("/", (SubscriptionStatus? status, HostSubscriptions q, CancellationToken ct) => q.ListAsync(status, ct))
            .RequirePermission(P.OrdersView).WithName("GetHostSubscriptions");
        subs.MapPost("/{id:guid}/suspend", (Guid id, ReasonInput r, ManageSubscriptions uc, CancellationToken ct) => uc.SuspendAsync(id, r.Reason, ct))
            .RequirePermission(P.SubscriptionsManage).WithName("SuspendSubscription");
        subs.MapPost("/{id:guid}/reinstate", (Guid id, ManageSubscriptions uc, CancellationToken ct) => uc.ReinstateAsync(id, ct))
            .RequirePermission(P.SubscriptionsManage).WithName("ReinstateSubscription");
        subs.MapPost("/{id:guid}/terminate", (Guid id, ReasonInput r, ManageSubscriptions uc, CancellationToken ct) => uc.TerminateAsync(id, r.Reason, ct))
            .RequirePermission(P.SubscriptionsManage).WithName("TerminateSubscription");

        var promotions = endpoints.MapApiGroup("/api/host/promotions", "Promotions (provider)");
        promotions.MapGet("/", (ManagePromotions uc, CancellationToken ct) => uc.ListAsync(ct)).RequirePermission(P.PromotionsManage).WithName("GetPromotions");
        promotions.MapPost("/", async (PromotionInput input, ManagePromotions uc, CancellationToken ct) =>
            TypedResults.Created("/api/host/promotions", await uc.CreateAsync(input, ct))).RequirePermission(P.PromotionsManage).WithName("CreatePromotion");
        promotions.MapPut("/{id:guid}", (Guid id, PromotionInput input, ManagePromotions uc, CancellationToken ct) => uc.UpdateAsync(id, input, ct))
            .RequirePermission(P.PromotionsManage).WithName("UpdatePromotion");
        promotions.MapDelete("/{id:guid}", async (Guid id, ManagePromotions uc, CancellationToken ct) => { await uc.DeleteAsync(id, ct); return TypedResults.NoContent(); })
            .RequirePermission(P.PromotionsManage).WithName("DeletePromotion");

        var settings = endpoints.MapApiGroup("/api/host/subscription-settings", "Subscriptions (provider)");
        settings.MapGet("/", (ManageSettings uc, CancellationToken ct) => uc.GetAsync(ct)).RequirePermission(P.PromotionsManage).WithName("GetSubscriptionSettings");
        settings.MapPut("/", (SubscriptionSettingsDto input, ManageSettings uc, CancellationToken ct) => uc.UpdateAsync(input, ct))
            .RequirePermission(P.PromotionsManage).WithName("UpdateSubscriptionSettings");
    }
}
