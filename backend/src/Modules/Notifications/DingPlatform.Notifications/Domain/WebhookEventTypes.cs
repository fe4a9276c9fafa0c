using DingPlatform.Platform.Errors;

namespace DingPlatform.Notifications.Domain;

/// <summary>
/// The integration events a tenant may receive by webhook: the outbox's <c>Type</c> names, known here as strings so
/// this module needs no reference to the publishers. Some are subscribable ahead of their publisher (Support,
/// Billing invoices); until they are published nothing is sent. A wildcard is not offered: a receiver should name
/// what it handles, so a new event type never surprises it.
/// </summary>
public static class WebhookEventTypes
{
    public sealed record Known(string Type, string ZhCn, string EnUs);

    public static readonly IReadOnlyList<Known> All =
    [
        new("order.paid", "订单已付款", "An order was paid"),
        new("order.refunded", "订单已退款", "An order was refunded"),
        new("order.overdue", "订单已逾期未付", "An order passed its payment term unpaid"),
        new("order.lapsed", "逾期订单已失效", "An overdue order lapsed and can no longer be paid"),
        new("subscription.activated", "订阅已生效", "A subscription was activated"),
        new("subscription.expired", "订阅已到期", "A subscription expired"),
        new("subscription.renewal-reminder", "订阅续费提醒", "A subscription is about to end (renewal reminder)"),
        new("invoice.issued", "发票已开具", "An invoice was issued"),
        new("invoice.late-penalty", "发票逾期开具违约金", "A late-issue penalty was credited for an invoice"),
        new("support.ticket-opened", "工单已创建", "A support ticket was opened"),
        new("support.ticket-replied", "工单有新回复", "A support ticket was replied to"),
        new("support.sla-breached", "工单超出服务时限", "A support ticket breached its SLA"),
        new("support.announcement-published", "平台公告已发布", "An announcement was published"),
        new("support.account-manager-assigned", "已分配客户经理", "An account manager was assigned"),
    ];

    private static readonly HashSet<string> Names = All.Select(k => k.Type).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string type) => Names.Contains(type);

    /// <summary>Distinct, in the catalog's order; an unknown name is refused naming the field.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> eventTypes)
    {
        foreach (var type in eventTypes)
        {
            if (!IsKnown(type))
                throw new InputException("eventTypes",
                    $"Unknown event type '{(type.Length > 60 ? type[..60] : type)}'; GET /api/tenant/webhooks/event-types lists them.");
        }
        return All.Select(k => k.Type).Where(eventTypes.Contains).ToList();
    }
}
