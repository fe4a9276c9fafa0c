using System.ComponentModel.DataAnnotations;

// Dtos/ keeps the root namespace: Billing and the tests import DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

public sealed record PromotionInput(
    [property: Required, MinLength(2), MaxLength(100)] string Name,
    [property: Required] DateOnly? WindowStart,
    [property: Required] DateOnly? WindowEnd,
    bool RepeatsYearly,
    [property: Range(1, 12)] int? BonusMonths,
    [property: Range(typeof(decimal), "0.01", "100")] decimal? PercentOff,
    [property: MaxLength(40),
        RegularExpression("^[A-Za-z0-9\\-]{3,40}$",
            ErrorMessage = "A voucher code is 3–40 letters, digits or dashes.")] string? VoucherCode,
    bool Combinable,
    bool Active);

public sealed record PromotionDto(
    Guid Id, string Name, DateOnly WindowStart, DateOnly WindowEnd, bool RepeatsYearly, int? BonusMonths, decimal? PercentOff,
    string? VoucherCode, bool Combinable, bool Active);

public sealed record SubscriptionSettingsDto([property: Range(1, 365)] int LapseAfterOverdueDays);
