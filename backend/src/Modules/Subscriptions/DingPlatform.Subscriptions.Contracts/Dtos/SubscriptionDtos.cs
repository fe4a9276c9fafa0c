using System.ComponentModel.DataAnnotations;

// Dtos/ keeps the root namespace: Billing and the tests import DingPlatform.Subscriptions.Contracts only.
namespace DingPlatform.Subscriptions.Contracts;

public sealed record SubscriptionAddOnDto(string Key, long Amount);

public sealed record SubscriptionEventDto(DateTimeOffset At, string Type, string? Detail);

public sealed record SubscriptionDto(
    Guid Id, Guid TenantId, string TenantName, string PlanCode, int PlanVersion, SubscriptionStatus Status,
    DateOnly StartDate, DateOnly EndDate, int DaysLeft, IReadOnlyList<SubscriptionAddOnDto> AddOns,
        IReadOnlyList<SubscriptionEventDto> History);

public sealed record TenantSubscriptionDto(
    SubscriptionDto? Current,
    string EffectivePlanCode,
    bool IsReturningCustomer,
    QuoteDto? RenewalOffer);

public sealed record ReasonInput([property: Required, MinLength(2), MaxLength(500)] string Reason);

/// <summary>One paid term of a running subscription: [Start, End), what yearly quotas are counted over.</summary>
public sealed record SubscriptionTermDto(DateOnly Start, DateOnly End);
