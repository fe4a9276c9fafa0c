using System.Globalization;

namespace DingPlatform.Documents.Pdf;

internal static class Format
{
    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Yuan(decimal amount) => "¥" + Money(amount);

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month:D2}月{date.Day:D2}日";

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string OrBlank(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    public static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>Chinese labels for the statuses the platform uses; anything else is shown as given.</summary>
    public static string Status(string status) => status.Trim().ToLowerInvariant() switch {
        "draft" => "草稿",
        "pending" or "pendingacceptance" or "awaitingacceptance" => "待确认",
        "accepted" => "甲方已接受",
        "countersigned" or "signed" or "active" or "inforce" => "已签署生效",
        "awaitingpayment" or "unpaid" => "待付款",
        "paid" => "已付款",
        "overdue" => "已逾期",
        "lapsed" or "expired" => "已失效",
        "cancelled" or "canceled" => "已取消",
        "refunded" => "已退款",
        "issued" => "已开具",
        "late" => "逾期开具",
        "voided" or "void" => "已作废",
        "requested" or "toissue" or "notissued" => "待开具",
        _ => status,
    };

    /// <summary>Statuses that mean the document is not (or no longer) in force: stamped with a watermark.</summary>
    public static string? Watermark(string status) => status.Trim().ToLowerInvariant() switch {
        "draft" => "草稿",
        "cancelled" or "canceled" => "已取消",
        "lapsed" or "expired" => "已失效",
        "voided" or "void" => "已作废",
        _ => null,
    };
}
