namespace DingPlatform.Notifications.Domain.Templates;

/// <summary>
/// Every event that reaches a person, by its event name: the mail kind, the audience, and the zh-CN and en-US
/// texts. Events not listed here are harmless: no in-app notification, no mail. Payload property names of the
/// events other modules will publish (Support, Billing's invoice events) are listed in the module README; the
/// unit tests check every placeholder against a sample payload of its event.
/// </summary>
public static class TemplateRegistry
{
    private static readonly NotificationTemplate[] Templates =
    [
        // Subscriptions
        new("subscription.activated", MailKinds.Subscription, Audience.TenantAdmins, T(
            ("专业版已开通：{startDate:date} 至 {endDate:date}", "您的专业版订阅已开通，有效期 {startDate:date} 至 {endDate:date}。"),
            ("Professional is active: {startDate:date} to {endDate:date}",
                "Your Professional subscription is active from {startDate:date} to {endDate:date}."))),
        new("subscription.expired", MailKinds.Subscription, Audience.TenantAdmins, T(
            ("专业版已于 {endDate:date} 到期", "您的专业版订阅已于 {endDate:date} 到期，已恢复为标准版。续费即可恢复专业版权益。"),
            ("Professional ended on {endDate:date}",
                "Your Professional subscription ended on {endDate:date}; you are back on Standard. Renew to get Professional again."))),
        new("subscription.renewal-reminder", MailKinds.Subscription, Audience.TenantAdmins, T(
                ("专业版将于 {daysLeft} 天后到期", "您的订阅将于 {endDate:date} 到期。现在续费仅需 {offerTotal:money}。"),
                ("Professional ends in {daysLeft} day(s)", "Your subscription ends on {endDate:date}. Renew now for {offerTotal:money}.")),
            InApp: false, // written in the reminder job's transaction (NotifyRenewalReminder)
            BodyWithoutParameter: "offerTotal",
            BodyWithout: new Dictionary<string, string>
            {
                [Languages.ZhCn] = "您的订阅将于 {endDate:date} 到期。请支付未结的续费订单以继续使用。",
                [Languages.EnUs] = "Your subscription ends on {endDate:date}. Pay your open renewal order to continue.",
            }),
        new("order.paid", MailKinds.Billing, Audience.TenantAdmins, T(
            ("已收到订单 {orderNumber} 的付款", "我们已于 {paidOn:date} 收到订单 {orderNumber} 的付款 {total:money}，感谢您的支持。"),
            ("Payment received for order {orderNumber}",
                "We received {total:money} for order {orderNumber} on {paidOn:date}. Thank you."))),
        new("order.refunded", MailKinds.Billing, Audience.TenantAdmins, T(
            ("订单 {orderNumber} 已退款", "订单 {orderNumber} 的 {total:money} 已退款。原因：{reason}"),
            ("Order {orderNumber} was refunded", "{total:money} for order {orderNumber} was refunded. Reason: {reason}"))),
        new("order.overdue", MailKinds.Billing, Audience.TenantAdmins, T(
            ("订单 {orderNumber} 已逾期", "订单 {orderNumber}（{total:money}）的付款期限 {dueDate:date} 已过，请尽快付款。"),
            ("Order {orderNumber} is overdue", "Order {orderNumber} ({total:money}) was due on {dueDate:date}. Please pay it soon."))),
        new("order.lapsed", MailKinds.Billing, Audience.TenantAdmins, T(
            ("订单 {orderNumber} 已失效", "订单 {orderNumber}（{total:money}，付款期限 {dueDate:date}）逾期未付，已失效，不能再付款。如需继续，请重新下单。"),
            ("Order {orderNumber} has lapsed",
                "Order {orderNumber} ({total:money}, due {dueDate:date}) was not paid and can no longer be paid. Place a new "
                    + "order to continue."))),
        // Billing (published later)
        new("invoice.issued", MailKinds.Billing, Audience.TenantAdmins, T(
            ("发票 {invoiceNumber} 已开具", "订单 {orderNumber} 的发票 {invoiceNumber}（{total:money}）已于 {issuedOn:date} 开具。"),
            ("Invoice {invoiceNumber} issued",
                "Invoice {invoiceNumber} ({total:money}) for order {orderNumber} was issued on {issuedOn:date}."))),
        new("invoice.late-penalty", MailKinds.Billing, Audience.TenantAdmins, T(
            ("发票 {invoiceNumber} 逾期开具违约金", "发票 {invoiceNumber} 晚于期限 {deadline:date} 开具，我们向您计付违约金 {penalty:money}，将抵扣后续款项。"),
            ("Late-issue penalty for invoice {invoiceNumber}",
                "Invoice {invoiceNumber} was issued after its deadline of {deadline:date}; we owe you a penalty of "
                    + "{penalty:money}, credited to you."))),
        // Support (published by the Support module)
        new("support.ticket-opened", MailKinds.Support, Audience.TenantAdmins, T(
            ("工单 {ticketNumber} 已创建：{subject}", "您的工单 {ticketNumber}「{subject}」已创建，我们会尽快答复。"),
            ("Ticket {ticketNumber} opened: {subject}", "Your ticket {ticketNumber} \"{subject}\" was opened. We will answer soon."))),
        new("support.ticket-replied", MailKinds.Support, Audience.TicketOpener, T(
            ("工单 {ticketNumber} 有新回复", "您的工单 {ticketNumber}「{subject}」有新的回复，请登录查看。"),
            ("New reply on ticket {ticketNumber}",
                "There is a new reply on your ticket {ticketNumber} \"{subject}\". Sign in to read it."))),
        new("support.sla-breached", MailKinds.Support, Audience.AccountManagerAndProviderAdmins, T(
                ("工单 {ticketNumber} 已超出服务时限", "{tenantName} 的工单 {ticketNumber}「{subject}」已超出服务时限，请立即处理。"),
                ("Ticket {ticketNumber} breached its SLA",
                    "Ticket {ticketNumber} \"{subject}\" of {tenantName} is past its service deadline. Please act now.")),
            InApp: false), // for provider staff, not the tenant's inbox
        new("support.announcement-published", MailKinds.Announcements, Audience.AllMembers, T(
            ("公告：{title}", "{summary}"),
            ("Announcement: {title}", "{summary}"))),
        new("support.account-manager-assigned", MailKinds.Support, Audience.TenantAdmins, T(
            ("您的客户经理：{accountManagerName}", "{accountManagerName} 已成为您的客户经理，有任何问题都可以联系 TA。"),
            ("Your account manager: {accountManagerName}", "{accountManagerName} is now your account manager; ask them anything."))),
    ];

    private static readonly Dictionary<string, NotificationTemplate> ByEvent =
        Templates.ToDictionary(t => t.EventName, StringComparer.Ordinal);

    public static IReadOnlyCollection<NotificationTemplate> All => Templates;

    /// <summary>The template of an event name; null for events nobody is told about.</summary>
    public static NotificationTemplate? Find(string? eventName) =>
        eventName is not null && ByEvent.TryGetValue(eventName, out var t) ? t : null;

    private static Dictionary<string, LocalizedText> T((string Subject, string Body) zh, (string Subject, string Body) en) => new() {
        [Languages.ZhCn] = new LocalizedText(zh.Subject, zh.Body),
        [Languages.EnUs] = new LocalizedText(en.Subject, en.Body),
    };
}
