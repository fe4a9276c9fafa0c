using System.ComponentModel.DataAnnotations;

namespace DingPlatform.Billing.Contracts.Dtos;

public sealed record BillingConfigDto(bool CardPaymentsEnabled);

public sealed record CheckoutRequest([property: Url, MaxLength(500)] string? ReturnUrl);

public sealed record CheckoutDto(string SessionId, string Url, DateTimeOffset ExpiresAt);
