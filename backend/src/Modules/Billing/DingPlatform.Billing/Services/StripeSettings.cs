using Microsoft.Extensions.Configuration;

namespace DingPlatform.Billing.Services;

/// <summary>The Stripe keys from configuration; no secret key means card payments are off.</summary>
public sealed record StripeSettings(string? SecretKey, string? WebhookSecret, string? ApiBase)
{
    public bool IsEnabled => !string.IsNullOrWhiteSpace(SecretKey);

    public static StripeSettings From(IConfiguration c) => new(c["Stripe:SecretKey"], c["Stripe:WebhookSecret"], c["Stripe:ApiBase"]);
}
