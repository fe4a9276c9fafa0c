using DingPlatform.Platform.Authorization;
using DingPlatform.Platform.Http;
using DingPlatform.Platform.Modularity;
using DingPlatform.Subscriptions.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using P = DingPlatform.Subscriptions.Contracts.SubscriptionsPermissions;

namespace DingPlatform.Subscriptions.Features.ConfirmPayment;

/// <summary>Provider staff record a bank transfer (§2.3); card payments reach the same use case from Billing's webhook.</summary>
internal sealed class ConfirmPaymentEndpoint : IEndpointFeature
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapApiGroup("/api/host/orders", "Orders (provider)")
            .MapPost("/{id:guid}/payments", RecordBankTransfer).RequirePermission(P.OrdersManage).WithName("RecordBankTransfer");

    private static Task<OrderDto> RecordBankTransfer(Guid id, RecordBankTransferRequest request, IPaymentConfirmation uc,
        CancellationToken ct) =>
        uc.ConfirmAsync(
            new PaymentConfirmation(id, PaymentMethod.BankTransfer, request.Amount, request.Reference, request.PaidOn!.Value), ct);
}
