namespace DingPlatform.Subscriptions.Domain;

public sealed record AppliedDiscount(string Code, string Description, decimal Amount);
